package org.ar4j.dialect.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ar4j.tck.reliability.PathIndexPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** An equality on an indexed JSON path is answered by SQLite's expression index. */
class SqlitePathIndexPlanTest {
    @TempDir
    Path dir;

    @Test
    void equalityOnAnIndexedPathSearchesTheExpressionIndex() throws Exception {
        String url = "jdbc:sqlite:" + Files.createFile(dir.resolve("plan.db"));
        String plan = PathIndexPlan.of(url, url, "EXPLAIN QUERY PLAN ", null);
        assertThat(plan).contains("SEARCH").contains("USING INDEX " + PathIndexPlan.INDEX);
    }
}

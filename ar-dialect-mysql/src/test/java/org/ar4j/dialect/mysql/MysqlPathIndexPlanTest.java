package org.ar4j.dialect.mysql;

import org.ar4j.tck.reliability.PathIndexPlan;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An equality on an indexed JSON path reads the index of its virtual column (ref access) on MariaDB/MySQL. */
class MysqlPathIndexPlanTest {
    @Test
    void equalityOnAnIndexedPathReadsTheVirtualColumnsIndex() throws Exception {
        String url = ServerUnderTest.url("AR_TEST_MYSQL_URL");
        String plan = PathIndexPlan.of(url, url, "EXPLAIN FORMAT=JSON ", null);
        assertThat(plan.replaceAll("\\s+", " ")).contains("\"key\": \"" + PathIndexPlan.INDEX + "\"")
                .contains("\"access_type\": \"ref\"");
    }
}

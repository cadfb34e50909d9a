package org.ar4j.dialect.sqlite;

import org.ar4j.tck.reliability.SoftDeleteUniqueIndex;
import org.junit.jupiter.api.Test;

/** docs/scopes.md's live-rows-only unique index on SQLite: a partial index. */
class SqliteSoftDeleteUniqueTest {
    @Test
    void aPartialIndexKeepsLiveCodesUnique() throws Exception {
        String url = "jdbc:sqlite:target/soft-delete-unique.db";
        SoftDeleteUniqueIndex.check(url, url, "CREATE UNIQUE INDEX ux_tck_docs_code_live ON tck_docs (code) WHERE deleted = 0");
    }
}

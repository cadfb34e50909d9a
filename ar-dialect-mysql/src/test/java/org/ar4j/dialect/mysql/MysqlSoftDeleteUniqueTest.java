package org.ar4j.dialect.mysql;

import org.ar4j.tck.reliability.ServerUnderTest;
import org.ar4j.tck.reliability.SoftDeleteUniqueIndex;
import org.junit.jupiter.api.Test;

/** docs/scopes.md's live-rows-only unique index on MySQL/MariaDB: a generated column, null for marked rows. */
class MysqlSoftDeleteUniqueTest {
    @Test
    void aGeneratedColumnKeepsLiveCodesUnique() throws Exception {
        String url = ServerUnderTest.url("AR_TEST_MYSQL_URL");
        SoftDeleteUniqueIndex.check(url, url,
                "ALTER TABLE tck_docs ADD COLUMN live_code VARCHAR(255) AS (IF(deleted, NULL, code)) VIRTUAL",
                "CREATE UNIQUE INDEX ux_tck_docs_live_code ON tck_docs (live_code)");
    }
}

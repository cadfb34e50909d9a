package org.ar4j.dialect.postgres;

import org.ar4j.tck.reliability.ServerUnderTest;
import org.ar4j.tck.reliability.SoftDeleteUniqueIndex;
import org.junit.jupiter.api.Test;

/** docs/scopes.md's live-rows-only unique index on PostgreSQL: a partial index. */
class PostgresSoftDeleteUniqueTest {
    @Test
    void aPartialIndexKeepsLiveCodesUnique() throws Exception {
        String url = ServerUnderTest.url("AR_TEST_POSTGRES_URL");
        SoftDeleteUniqueIndex.check(url, url, "CREATE UNIQUE INDEX ux_tck_docs_code_live ON tck_docs (code) WHERE NOT deleted");
    }
}

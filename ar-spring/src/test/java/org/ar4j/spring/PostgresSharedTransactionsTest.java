package org.ar4j.spring;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

import org.ar4j.spring.testapp.TestApplication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shared-transaction contract on PostgreSQL ({@code AR_TEST_POSTGRES_URL}, which .ci/run sets). */
@ExtendWith(RequiresDatabaseUrl.class)
@RequiresDatabaseUrl.Variable("AR_TEST_POSTGRES_URL")
@SpringBootTest(classes = TestApplication.class)
class PostgresSharedTransactionsTest extends SharedTransactionsContract {
    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("AR_TEST_POSTGRES_URL"));
    }

    @Override
    String backend() {
        return "postgres";
    }
}

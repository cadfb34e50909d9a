package org.ar4j.examples.bank;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The unchanged example on PostgreSQL: only spring.datasource.url and the jar differ. Needs
 * AR_TEST_POSTGRES_URL (set by .ci/run); without it the class is skipped with the reason printed, and
 * AR_TCK_REQUIRE_ALL=true makes that a failure.
 */
@SpringBootTest(properties = "bank.demo=false")
class PostgresTransferTest extends TransferContract {
    private static final String URL = System.getenv("AR_TEST_POSTGRES_URL");

    @BeforeAll
    static void needsPostgres() {
        boolean set = URL != null && !URL.isBlank();
        if (!set && "true".equalsIgnoreCase(System.getenv("AR_TCK_REQUIRE_ALL"))) {
            throw new IllegalStateException("AR_TEST_POSTGRES_URL is not set but AR_TCK_REQUIRE_ALL=true");
        }
        if (!set) {
            System.out.println("[spring-boot example] PostgresTransferTest skipped: AR_TEST_POSTGRES_URL is not set");
        }
        assumeTrue(set, "AR_TEST_POSTGRES_URL is not set");
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
    }

    @Override
    String backend() {
        return "postgres";
    }
}

package org.ar4j.spring;

import org.springframework.boot.test.context.SpringBootTest;

import org.ar4j.spring.testapp.TestApplication;

/** The shared-transaction contract on SQLite: the application's DataSource is a HikariCP pool on a file. */
@SpringBootTest(classes = TestApplication.class,
        properties = "spring.datasource.url=jdbc:sqlite:target/spring-shared.db")
class SqliteSharedTransactionsTest extends SharedTransactionsContract {
    @Override
    String backend() {
        return "sqlite";
    }
}

package org.ar4j.examples.bank;

import org.springframework.boot.test.context.SpringBootTest;

/** The example on SQLite, as it ships. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:sqlite:target/bank-test.db", "bank.demo=false"})
class SqliteTransferTest extends TransferContract {
    @Override
    String backend() {
        return "sqlite";
    }
}

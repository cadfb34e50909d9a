package org.ar4j.examples.bank;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ar4j.Database;
import org.ar4j.ValidationException;

/**
 * A Spring Boot application on ar4j. ar-spring's auto-configuration builds the {@link Database} on the
 * application's DataSource ({@code spring.datasource.url}); run it with
 * {@code mvn -q -pl examples/spring-boot -am -DskipTests package exec:java}. It empties its own tables
 * on start.
 */
@SpringBootApplication
public class BankApplication {

    public static void main(String[] args) {
        SpringApplication.run(BankApplication.class, args).close();
    }

    /** Creates the tables (ar4j's from the model, the audit table by hand) and empties them. */
    @Bean
    ApplicationRunner schema(Database db, JdbcTemplate jdbc) {
        return args -> {
            db.schema().createIfMissing(Account.class);
            jdbc.execute("CREATE TABLE IF NOT EXISTS bank_audit (source VARCHAR(100), target VARCHAR(100), amount BIGINT)");
            jdbc.update("DELETE FROM bank_audit");
            Account.query().deleteAll();
        };
    }

    /** A demonstration when run from the command line: one transfer that commits, one that rolls back. */
    @Bean
    ApplicationRunner demo(TransferService transfers, JdbcTemplate jdbc, Environment env) {
        return args -> {
            if (!env.getProperty("bank.demo", Boolean.class, true)) {
                return;
            }
            new Account("ada", 100).save();
            new Account("bob", 20).save();
            transfers.transfer("ada", "bob", 30);
            try {
                transfers.transfer("bob", "ada", 500);
            } catch (ValidationException e) {
                System.out.println("refused: " + e.getMessage());
            }
            System.out.println("balances: ada " + Account.of("ada").balance + ", bob " + Account.of("bob").balance
                    + "; audit rows: " + jdbc.queryForObject("SELECT COUNT(*) FROM bank_audit", Integer.class));
        };
    }
}

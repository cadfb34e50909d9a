package org.ar4j.examples.bank;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ar4j.Database;
import org.ar4j.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The example service in a real Spring Boot context; every outcome is read back through both APIs. */
abstract class TransferContract {
    @Autowired Database db;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransferService transfers;

    @BeforeEach
    void accounts() {
        jdbc.update("DELETE FROM bank_audit");
        Account.query().deleteAll();
        new Account("ada", 100).save();
        new Account("bob", 20).save();
    }

    private Map<String, Long> balancesViaJdbc() {
        return Map.of("ada", jdbc.queryForObject("SELECT balance FROM bank_accounts WHERE owner = 'ada'", Long.class),
                "bob", jdbc.queryForObject("SELECT balance FROM bank_accounts WHERE owner = 'bob'", Long.class));
    }

    private List<Long> auditedAmounts() {
        return jdbc.queryForList("SELECT amount FROM bank_audit ORDER BY amount", Long.class);
    }

    @Test
    void aTransferCommitsTheBalancesAndTheAuditRowTogether() {
        transfers.transfer("ada", "bob", 30);
        assertThat(balancesViaJdbc()).isEqualTo(Map.of("ada", 70L, "bob", 50L));
        assertThat(Account.of("ada").balance).isEqualTo(70);
        assertThat(auditedAmounts()).containsExactly(30L);
    }

    @Test
    void aRefusedTransferLeavesNeitherTheBalancesNorTheAuditRow() {
        assertThatThrownBy(() -> transfers.transfer("bob", "ada", 500)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("balance must not be negative");
        assertThat(balancesViaJdbc()).isEqualTo(Map.of("ada", 100L, "bob", 20L));
        assertThat(Account.of("bob").balance).isEqualTo(20);
        assertThat(auditedAmounts()).isEmpty();
    }

    @Test
    void theDatabaseRunsOnTheApplicationsDataSource() {
        assertThat(db.backendName()).isEqualTo(backend());
        // ar-spring binds this context's Database to the test thread: statics use it, whichever contexts are open
        String marker = "marker-" + System.nanoTime();
        jdbc.update("INSERT INTO bank_accounts (owner, balance) VALUES (?, 0)", marker);
        assertThat(Account.query().where("owner", marker).count()).as("statics read this context's data").isEqualTo(1);
    }

    abstract String backend();
}

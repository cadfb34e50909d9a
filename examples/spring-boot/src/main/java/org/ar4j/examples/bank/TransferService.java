package org.ar4j.examples.bank;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers money: the balances change through ar4j, the audit row is written with JdbcTemplate, and
 * Spring's one transaction holds both — a failed transfer leaves neither.
 */
@Service
public class TransferService {
    private final JdbcTemplate jdbc;

    public TransferService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // tag::transfer[]
    @Transactional
    public void transfer(String from, String to, long amount) {
        Account source = Account.of(from);
        Account target = Account.of(to);
        source.balance -= amount;
        target.balance += amount;
        target.save();
        jdbc.update("INSERT INTO bank_audit (source, target, amount) VALUES (?, ?, ?)", from, to, amount);
        source.save();   // ValidationException when the balance would go negative: all of it rolls back
    }
    // end::transfer[]
}

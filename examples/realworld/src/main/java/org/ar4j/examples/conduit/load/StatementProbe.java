package org.ar4j.examples.conduit.load;

import java.util.concurrent.atomic.LongAdder;

import org.ar4j.QueryListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Profile {@code load}: counts the statements ar4j runs (through its query listener) and serves the total at
 * {@code GET /internal/statements}, so the load script reports statements per request under load.
 */
@RestController
@Profile("load")
public class StatementProbe {
    private final LongAdder statements = new LongAdder();

    @Bean
    QueryListener loadStatementCounter() {
        return event -> {
            if (!event.isTransactionControl()) {
                statements.increment();
            }
        };
    }

    @GetMapping("/internal/statements")
    public long statements() {
        return statements.sum();
    }
}

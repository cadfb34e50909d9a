package org.ar4j.examples.conduit.load;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.LongAdder;

import org.ar4j.QueryListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Profile {@code load}: counts the statements ar4j runs (through its query listener) and serves the total at
 * {@code GET /internal/statements}, so the load script reports statements per request under load; serves the bytes
 * every live thread has allocated at {@code GET /internal/allocated}, for bytes per request.
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

    /** Bytes allocated so far by the server's live threads (request threads live as long as the server). */
    @GetMapping("/internal/allocated")
    public long allocated() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long b : mx.getThreadAllocatedBytes(mx.getAllThreadIds())) {
            sum += Math.max(b, 0);
        }
        return sum;
    }
}

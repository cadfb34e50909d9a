package org.ar4j.micrometer;

import java.util.Objects;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.ar4j.Database;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;

/**
 * Records ar4j's statements in Micrometer: a timer {@value #TIMER} tagged with the backend, the operation
 * (SELECT, INSERT, TRANSACTION, a MongoDB command...), the model ({@code none} for transaction control)
 * and the outcome ({@code success} or {@code failure}); a counter {@value #RETRIES} of transactions run again by
 * {@code Retry}, tagged with the backend and the conflict (the exception's simple name). {@link #bindTo} also gives a
 * HikariCP pool that ar4j opened HikariCP's own pool metrics.
 *
 * <pre>{@code
 * Database db = Database.connect(url);
 * Ar4jMetrics.bindTo(db, meterRegistry);
 * }</pre>
 */
public final class Ar4jMetrics implements QueryListener {
    /** The timer's name. */
    public static final String TIMER = "ar4j.statements";
    /** The retry counter's name. */
    public static final String RETRIES = "ar4j.transaction.retries";

    private final MeterRegistry registry;

    /** A listener recording into a registry; add it with {@link Database#addQueryListener}. */
    public Ar4jMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Records a database's statements, and its own pool's metrics where it opened a HikariCP pool. */
    public static Ar4jMetrics bindTo(Database db, MeterRegistry registry) {
        Ar4jMetrics metrics = new Ar4jMetrics(registry);
        db.addQueryListener(metrics);
        db.unwrap(DataSource.class).ifPresent(ds -> PoolMetrics.bind(ds, registry));
        return metrics;
    }

    @Override
    public void onQuery(QueryEvent event) {
        if (event.isRetry()) {
            Counter.builder(RETRIES)
                    .description("Transactions run again after a conflict (Retry.onConflict)")
                    .tag("backend", event.backend())
                    .tag("conflict", event.outcome().failure() == null ? "none"
                            : event.outcome().failure().getClass().getSimpleName())
                    .register(registry)
                    .increment();
            return;
        }
        Timer.builder(TIMER)
                .description("Statements and commands ar4j ran")
                .tag("backend", event.backend())
                .tag("operation", event.operation())
                .tag("model", event.model() == null ? "none" : event.model())
                .tag("outcome", event.outcome().failure() == null ? "success" : "failure")
                .register(registry)
                .record(event.outcome().duration());
    }
}

package org.ar4j.micrometer;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.ar4j.ConstraintViolationException;
import org.ar4j.Database;
import org.ar4j.QueryEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statement timers per operation, model and outcome, and the pool's own metrics, on a real SQLite database. */
class Ar4jMetricsTest {

    @Test
    void timesEveryStatementByOperationModelAndOutcomeAndBindsThePoolsMetrics() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<QueryEvent> events = new ArrayList<>();
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {
            db.bind(Gauge.class);
            db.schema().create(Gauge.class);
            Ar4jMetrics.bindTo(db, registry);
            db.addQueryListener(events::add);

            new Gauge("a").save();
            new Gauge("b").save();
            assertThat(db.query(Gauge.class).count()).isEqualTo(2);
            assertThatThrownBy(() -> new Gauge("a").save()).isInstanceOf(ConstraintViolationException.class);

            Timer inserts = registry.get(Ar4jMetrics.TIMER).tags("backend", "sqlite", "operation", "INSERT",
                    "model", "Gauge", "outcome", "success").timer();
            assertThat(inserts.count()).isEqualTo(2);
            Timer failed = registry.get(Ar4jMetrics.TIMER).tags("operation", "INSERT", "outcome", "failure").timer();
            assertThat(failed.count()).isEqualTo(1);
            long timed = registry.find(Ar4jMetrics.TIMER).timers().stream().mapToLong(Timer::count).sum();
            assertThat(timed).as("one timing per statement the listener saw").isEqualTo(events.size());

            Gauge stored = db.query(Gauge.class).where(org.ar4j.query.Where.eq("name", "a")).one();
            int[] runs = {0};
            db.transaction(org.ar4j.Retry.onConflict(3).backoff(java.time.Duration.ZERO, java.time.Duration.ZERO), () -> {
                if (runs[0]++ == 0) {
                    throw new org.ar4j.StaleRecordException("forced conflict on Gauge " + stored.id);
                }
            });
            assertThat(registry.get(Ar4jMetrics.RETRIES).tags("backend", "sqlite", "conflict", "StaleRecordException")
                    .counter().count()).as("one retry counted, not timed as a statement").isEqualTo(1.0);

            List<String> poolMeters = registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName)
                    .filter(n -> n.startsWith("hikaricp.")).toList();
            assertThat(poolMeters).as("HikariCP's own metrics for the pool ar4j opened")
                    .contains("hikaricp.connections", "hikaricp.connections.active");
        }
    }
}

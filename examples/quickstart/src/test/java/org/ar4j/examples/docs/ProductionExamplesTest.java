package org.ar4j.examples.docs;

import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.LoadMode;
import org.ar4j.DatabaseBuilder;
import org.ar4j.ConnectionSpec;
import org.ar4j.micrometer.Ar4jMetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The examples of docs/production.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class ProductionExamplesTest {

    @Test
    void ownDataSource() {
        // tag::datasource[]
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:target/production-example.db");
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);       // the application's pool

        try (Database db = Database.builder().dataSource(pool).build()) {   // backend chosen from the pool's URL
            db.schema().createIfMissing(Writer.class);
            db.query(Writer.class).deleteAll();
            db.transaction(() -> new Writer("Ursula K. Le Guin").save());
        }
        assertThat(pool.isClosed()).isFalse();                       // ar4j never closes a pool it did not open
        // end::datasource[]
        try (Database again = Database.builder().dataSource(pool).build()) {
            assertThat(again.backendName()).isEqualTo("sqlite");
            assertThat(again.query(Writer.class).pluck("name", String.class)).containsExactly("Ursula K. Le Guin");
        }
        pool.close();
    }

    @Test
    void observability() {
        // tag::observability[]
        Database db = Database.builder()
                .url("jdbc:sqlite::memory:")
                .slowStatementThreshold(Duration.ofMillis(200))  // WARN on org.ar4j.sql: statement, model, ms, rows
                .logParameters(true)                             // DEBUG lines and QueryEvent carry bound values
                .property("pool.maxSize", "8")
                .build();
        // end::observability[]
        try (db) {
            assertThat(db.backendName()).isEqualTo("sqlite");
        }
    }

    @Test
    void unknownSetting() {
        // tag::unknown-setting[]
        assertThatThrownBy(() -> Database.builder().url("jdbc:sqlite::memory:").property("pool.maxsize", "8").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Unknown setting 'pool.maxsize' for the sqlite backend; did you mean 'pool.maxSize'?");
        // end::unknown-setting[]
    }

    @Test
    void connectionSpec() {
        // tag::spec[]
        DatabaseBuilder builder = Database.builder()
                .url("jdbc:sqlite::memory:")
                .slowStatementThreshold(Duration.ofMillis(200))
                .property("pool.maxSize", "8");
        ConnectionSpec spec = builder.spec();                         // what build() opens, as one value
        assertThat(spec.target().url()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(spec.properties()).containsEntry("pool.maxSize", "8");
        assertThat(spec.logging().slowStatementThreshold()).isEqualTo(Duration.ofMillis(200));
        assertThat(spec.loading().mode()).isEqualTo(LoadMode.PEERS);  // the default
        // end::spec[]
    }

    @Test
    void metrics() {
        // tag::metrics[]
        MeterRegistry registry = new SimpleMeterRegistry();          // your application's registry
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {
            Ar4jMetrics.bindTo(db, registry);                         // timers per statement, and HikariCP's pool metrics
            db.schema().create(Writer.class);
            new Writer("Octavia Butler").save();
            Timer inserts = registry.get("ar4j.statements")
                    .tags("operation", "INSERT", "model", "Writer", "outcome", "success").timer();
            assertThat(inserts.count()).isEqualTo(1);
            assertThat(registry.find("hikaricp.connections").gauge()).isNotNull();
        }
        // end::metrics[]
    }
}

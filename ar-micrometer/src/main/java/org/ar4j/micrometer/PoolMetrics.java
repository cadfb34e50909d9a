package org.ar4j.micrometer;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

/** HikariCP's own pool metrics, when HikariCP is on the classpath and the pool is one ar4j opened. */
final class PoolMetrics {
    private PoolMetrics() {
    }

    static void bind(DataSource dataSource, MeterRegistry registry) {
        if (!hikariPresent()) {
            return;
        }
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari && hikari.getMetricsTrackerFactory() == null) {
            hikari.setMetricsTrackerFactory(new com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory(registry));
        }
    }

    private static boolean hikariPresent() {
        try {
            Class.forName("com.zaxxer.hikari.HikariDataSource", false, PoolMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

package org.ar4j.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ar4j.Database;
import org.ar4j.spring.testapp.Entry;
import org.ar4j.spring.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two {@code @SpringBootTest} classes with different configurations (two SQLite files, two "schemas") run in one JVM
 * with context caching, so both contexts are open while either runs: model statics in tests, web requests and
 * async tasks land in their own context's schema only, read back through JdbcTemplate and a plain connection to
 * the other file. No test sets anything up: ar-spring binds each context's Database.
 */
abstract class TwoContextsContract {
    @Autowired
    Database db;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatabaseBindingFilter filter;
    @Autowired
    TaskDecorator decorator;

    /** This context's SQLite file. */
    abstract String file();

    /** The other context's SQLite file. */
    abstract String otherFile();

    @BeforeEach
    void schema() {
        db.schema().createIfMissing(Entry.class);
    }

    private long mine(String memo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM spring_entries WHERE memo = ?", Long.class, memo);
    }

    private long theOthers(String memo) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + otherFile())) {
            try (ResultSet tables = c.getMetaData().getTables(null, null, "spring_entries", null)) {
                if (!tables.next()) {
                    return 0;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM spring_entries WHERE memo = ?")) {
                ps.setString(1, memo);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    /** A request or response as a servlet container hands the filter (the filter reads neither). */
    private static <T> T servlet(Class<T> type) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("toString") ? type.getSimpleName() : null));
    }

    private static String memo(String where) {
        return where + "-" + UUID.randomUUID();
    }

    private void assertLandedHere(String memo) throws Exception {
        assertThat(mine(memo)).as(memo + " in this context's schema (" + file() + ")").isEqualTo(1);
        assertThat(theOthers(memo)).as(memo + " not in the other's (" + otherFile() + ")").isZero();
    }

    @Test
    void staticsInATestUseThisContextsDatabase() throws Exception {
        String memo = memo("test");
        new Entry(memo).save();
        assertThat(Entry.query().where("memo", memo).count()).isEqualTo(1);
        assertLandedHere(memo);
    }

    @Test
    void aWebRequestUsesThisContextsDatabase() throws Exception {
        String memo = memo("request");
        ExecutorService requestThread = Executors.newSingleThreadExecutor();
        try {
            requestThread.submit(() -> {
                filter.doFilter(servlet(ServletRequest.class), servlet(ServletResponse.class),
                        (req, res) -> new Entry(memo).save());
                return null;
            }).get(30, TimeUnit.SECONDS);
        } finally {
            requestThread.shutdownNow();
        }
        assertLandedHere(memo);
    }

    @Test
    void anAsyncTaskUsesThisContextsDatabase() throws Exception {
        String memo = memo("async");
        Thread worker = new Thread(decorator.decorate(() -> new Entry(memo).save()));
        worker.start();
        worker.join(30_000);
        assertLandedHere(memo);
    }

    @Test
    void aClosedContextLeavesThisOneWorking() throws Exception {
        String startup = memo("startup");
        ConfigurableApplicationContext third = new SpringApplicationBuilder(TestApplication.class)
                .properties("spring.datasource.url=jdbc:sqlite:target/spring-world-c.db", "testapp.startup-memo=" + startup)
                .run();
        try {
            // the third context's start-up runner wrote through model statics, with this context open too
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:target/spring-world-c.db");
                 PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM spring_entries WHERE memo = ?")) {
                ps.setString(1, startup);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next() && rs.getLong(1) == 1).as("the runner's row is in its own context's file").isTrue();
                }
            }
            assertThat(mine(startup)).as("and not in this context's").isZero();
            // a thread ar-spring does not bind (the application's own executor), with two databases open: model
            // statics refuse to guess, never reading the other context's database
            java.util.concurrent.atomic.AtomicReference<Throwable> seen = new java.util.concurrent.atomic.AtomicReference<>();
            Thread plain = new Thread(() -> {
                try {
                    new Entry(memo("unbound")).save();
                } catch (Throwable t) {
                    seen.set(t);
                }
            });
            plain.start();
            plain.join(30_000);
            assertThat(seen.get()).isInstanceOf(org.ar4j.ConfigurationException.class)
                    .hasMessageContaining("databases are open").hasMessageContaining("db.bind(");
            assertThatThrownBy(Database::getDefault).isInstanceOf(org.ar4j.ConfigurationException.class);
        } finally {
            third.close();
        }
        String memo = memo("after-close");
        new Entry(memo).save();
        assertLandedHere(memo);
    }
}

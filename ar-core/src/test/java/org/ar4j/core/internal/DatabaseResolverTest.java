package org.ar4j.core.internal;

import org.junit.jupiter.api.Test;

import org.ar4j.ConfigurationException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The error model statics give when no database resolves: it names the whole order and the Spring way. */
class DatabaseResolverTest {

    @Test
    void noDatabaseNamesTheResolutionOrderAndSpring() {
        assertThatThrownBy(() -> new DatabaseResolver().resolve(String.class)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No database is open for String")
                .hasMessageContaining("transaction is open on this thread")
                .hasMessageContaining("bound to this thread (db.bindToThread() or db.bind(...))")
                .hasMessageContaining("Database.builder().bind(Model.class)")
                .hasMessageContaining("the default database")
                .hasMessageContaining("Under Spring (ar-spring)")
                .hasMessageContaining("Database.connect(url)");
    }

    @Test
    void aBindingLeftOpenOnAPooledThreadIsForgottenOnceItsBindingIsGone() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (org.ar4j.Database main = org.ar4j.Database.connect("memory:resolver-main");
             org.ar4j.Database leaked = org.ar4j.Database.connect("memory:resolver-leaked")) {
            main.makeDefault();
            main.schema().create(org.ar4j.tck.fixtures.Tag.class);
            leaked.schema().create(org.ar4j.tck.fixtures.Tag.class);
            // a task binds its thread and never closes the binding (nor keeps it)
            pool.submit(() -> {
                leaked.bindToThread();
            }).get();
            java.util.concurrent.Callable<String> which = () -> resolvedHere(main) ? "main" : "leaked";
            String seen = pool.submit(which).get();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (!seen.equals("main") && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(20);
                seen = pool.submit(which).get();
            }
            org.assertj.core.api.Assertions.assertThat(seen).as("the next task on the thread, once the dropped"
                    + " binding is collected").isEqualTo("main");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether a model static on this thread runs on {@code db}. */
    private static boolean resolvedHere(org.ar4j.Database db) {
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        org.ar4j.QueryListener l = e -> seen.incrementAndGet();
        db.addQueryListener(l);
        try {
            org.ar4j.tck.fixtures.Tag.query().count();
        } finally {
            db.removeQueryListener(l);
        }
        return seen.get() > 0;
    }
}

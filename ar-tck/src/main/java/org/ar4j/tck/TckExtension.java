package org.ar4j.tck;

import java.util.Optional;

import org.ar4j.Database;
import org.ar4j.DatabaseBuilder;
import org.ar4j.LoadMode;
import org.ar4j.tck.fixtures.Fixtures;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens the backend's database once per run, creates the fixture tables, and before each
 * scenario empties them and attaches a fresh {@link QueryCounter}. Registered by
 * {@link TckScenario}.
 */
final class TckExtension implements ExecutionCondition, BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(TckExtension.class);

    /** What one backend's run shares: closed by JUnit at the end of the run. */
    static final class Env implements AutoCloseable {
        final TckBackend backend;
        final TckClock clock = new TckClock();
        final TckAuditor auditor = new TckAuditor();
        final TckTenants tenants = new TckTenants();
        final Database db;
        private Database observer;

        Env(TckBackend backend) {
            this.backend = backend;
            DatabaseBuilder b = Database.builder().url(backend.url()).backend(backend.backend()).clock(clock)
                    .auditor(auditor).tenants(tenants);
            backend.properties().forEach(b::property);
            this.db = b.build();
            db.makeDefault();
            Class<?>[] all = Fixtures.ALL.toArray(new Class<?>[0]);
            db.schema().dropIfExists(all);
            db.schema().create(all);
        }

        /** A second database on the same URL, opened on first use: what other connections see. */
        synchronized Database observer() {
            if (observer == null) {
                DatabaseBuilder b = Database.builder().url(backend.url()).backend(backend.backend()).clock(clock)
                    .auditor(auditor).tenants(tenants);
                backend.properties().forEach(b::property);
                observer = b.build();
            }
            return observer;
        }

        @Override
        public void close() {
            try {
                synchronized (this) {
                    if (observer != null) {
                        observer.close();
                    }
                }
                db.close();
            } finally {
                backend.shutdown();
            }
        }
    }

    private static Optional<String> backendClass(ExtensionContext context) {
        return context.getConfigurationParameter(TckBackend.PARAMETER);
    }

    private static TckBackend instantiate(String className) {
        try {
            return (TckBackend) Class.forName(className, true, Thread.currentThread().getContextClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Cannot create the TCK backend " + className
                    + ": it must implement TckBackend and have a public no-argument constructor", e);
        }
    }

    static TckBackend backendOf(ExtensionContext context) {
        String cls = backendClass(context).orElseThrow();
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("backend:" + cls, k -> instantiate(cls), TckBackend.class);
    }

    static Env env(ExtensionContext context) {
        String cls = backendClass(context).orElseThrow();
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("env:" + cls, k -> new Env(backendOf(context)), Env.class);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (backendClass(context).isEmpty()) {
            return ConditionEvaluationResult.disabled("No TCK backend configured: run the TCK through a suite class"
                    + " that sets the '" + TckBackend.PARAMETER + "' configuration parameter");
        }
        TckBackend backend = backendOf(context);
        Optional<String> why = backend.unavailable();
        if (why.isPresent()) {
            String msg = backend.getClass().getSimpleName() + " is unavailable: " + why.get();
            if ("true".equalsIgnoreCase(System.getenv(TckBackend.REQUIRE_ALL))) {
                throw new IllegalStateException(msg + " (and " + TckBackend.REQUIRE_ALL + "=true requires every backend)");
            }
            // once per backend and run (every scenario class asks), not once per class
            boolean first = context.getRoot().getStore(NS).getOrComputeIfAbsent("skip-printed:"
                    + backend.getClass().getName(), k -> new java.util.concurrent.atomic.AtomicBoolean(),
                    java.util.concurrent.atomic.AtomicBoolean.class).compareAndSet(false, true);
            if (first) {
                System.out.println("[ar4j-tck] skipped: " + msg);
            }
            return ConditionEvaluationResult.disabled(msg);
        }
        return ConditionEvaluationResult.enabled("backend " + backend.getClass().getSimpleName());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Env env = env(context);
        Object test = context.getRequiredTestInstance();
        Database db = env.db;
        db.makeDefault();
        db.setLoadMode(LoadMode.PEERS);
        env.auditor.set(null);
        env.tenants.set(null);
        QueryCounter counter = new QueryCounter();
        // Referring tables first (the fixtures list referenced models first), so foreign keys hold.
        for (int i = Fixtures.ALL.size() - 1; i >= 0; i--) {
            if (!Fixtures.TENANTS.contains(Fixtures.ALL.get(i))) {
                cleanTable(db, Fixtures.ALL.get(i));
            }
        }
        db.addQueryListener(counter);
        context.getStore(NS).put("counter", counter);
        if (test instanceof TckScenario s) {
            s.attach(db, counter, env.clock, env.backend, env::observer);
            s.auditor = env.auditor;
            s.tenants = env.tenants;
            s.attachExecuted(executed(context));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void cleanTable(Database db, Class m) {
        db.query(m).unscoped().forceDeleteAll();   // every row: hidden by a default scope or marked deleted too
    }

    /** The scenarios that ran in this launcher run, per backend; read by the count guard. */
    @SuppressWarnings("unchecked")
    static Set<String> executed(ExtensionContext context) {
        String cls = backendClass(context).orElseThrow();
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("executed:" + cls,
                k -> ConcurrentHashMap.newKeySet(), Set.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        executed(context).add(ScenarioCatalog.id(context.getRequiredTestClass(), context.getRequiredTestMethod()));
        QueryCounter counter = context.getStore(NS).remove("counter", QueryCounter.class);
        if (counter != null) {
            env(context).db.removeQueryListener(counter);
        }
        env(context).db.setLoadMode(LoadMode.PEERS);
    }
}

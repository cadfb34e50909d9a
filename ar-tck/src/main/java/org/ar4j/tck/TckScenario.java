package org.ar4j.tck;

import org.ar4j.Database;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The base class of every TCK scenario class. Before each scenario the fixture tables are
 * empty, {@link #db} is the backend's database (also the default database), {@link #queries}
 * counts statements from now on, and {@link #clock} is the relation-cache clock.
 */
@ExtendWith(TckExtension.class)
public abstract class TckScenario {
    /** The database under test. */
    protected Database db;
    /** Counts statements since the scenario started (or its last reset). */
    protected QueryCounter queries;
    /** The clock relation-cache expiry reads. */
    protected TckClock clock;
    /** Who the database says writes, for @CreatedBy/@UpdatedBy fields: nobody at the start of each scenario. */
    protected TckAuditor auditor;
    /** The tenant the databases resolve for @TenantId models: none at the start of each scenario. */
    protected TckTenants tenants;
    /** The backend under test. */
    protected TckBackend backend;

    /** The scenarios that already ran on this backend in this run (for the count guard). */
    protected Set<String> executedScenarios() {
        return Set.copyOf(executed);
    }

    private Set<String> executed = Set.of();

    void attachExecuted(Set<String> executed) {
        this.executed = executed;
    }

    private Supplier<Database> observer;

    /**
     * A second {@link Database} on the same URL, with connections of its own: scenarios read through
     * it what another application would see (committed data only). It is not the default database,
     * so read through {@code observer().query(Model.class)}.
     */
    protected Database observer() {
        return observer.get();
    }

    void attach(Database db, QueryCounter queries, TckClock clock, TckBackend backend,
                Supplier<Database> observer) {
        this.observer = observer;
        this.db = db;
        this.queries = queries;
        this.clock = clock;
        this.backend = backend;
    }
}

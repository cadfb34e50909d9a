package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ArgumentException;
import org.ar4j.ConnectionSpec;
import org.ar4j.Database;
import org.ar4j.LoadMode;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;
import org.ar4j.TransactionCallable;
import org.ar4j.TransactionWork;
import org.ar4j.WritePosition;
import org.ar4j.core.internal.load.Loader;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.meta.ModelSet;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.persist.Persister;
import org.ar4j.core.internal.persist.RelationOps;
import org.ar4j.core.internal.query.Reads;
import org.ar4j.Retry;
import org.ar4j.core.internal.query.NativeQueries;
import org.ar4j.core.internal.session.Retrying;
import org.ar4j.core.internal.query.QueryImpl;
import org.ar4j.core.internal.session.DefaultRelationCache;
import org.ar4j.core.internal.session.GuardedBackend;
import org.ar4j.core.internal.session.SubqueryFlattening;
import org.ar4j.core.internal.session.StatementChecks;
import org.ar4j.core.internal.session.PinnedSession;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.ReplicaRouter;
import org.ar4j.core.internal.session.Session;
import org.ar4j.core.internal.session.Tenancy;
import org.ar4j.core.internal.session.Transactions;
import org.ar4j.query.Query;
import org.ar4j.cache.RelationCache;
import org.ar4j.spi.Backend;
import org.ar4j.Capability;

/**
 * The one {@link Database} implementation. It owns, as objects, everything that works on its records:
 * the transaction rules, the loader, the persister and the relation operations, all reached through it
 * and none reaching back up; every statement reaches the backend through its {@link GuardedBackend}.
 */
final class DatabaseImpl implements Database, Session, QueryListener {
    private static final Logger LOG = LoggerFactory.getLogger("org.ar4j.sql");

    private final EngineImpl engine;
    private final List<QueryListener> listeners = new CopyOnWriteArrayList<>();
    private final RelationCache cache;
    private final Loader loader = new Loader(this);
    private final Persister persister = new Persister(this, loader);
    private final Reads reads = new Reads(this, loader);
    private final RelationOps relations = new RelationOps(this, persister);
    private final ConnectionSpec spec;
    private final RecordOps records = new RecordOps(this);
    private final ModelSet models;
    private volatile Transactions transactions;
    private volatile Backend rawBackend;
    private volatile GuardedBackend guarded;
    private final Tenancy tenancy;
    private volatile Backend backend;
    private volatile LoadMode loadMode;
    private volatile ReplicaRouter router;
    private volatile Session primaryOnly = this;
    private volatile boolean closed;

    /** Whether the schema declares foreign keys for BelongsTo keys. */
    boolean foreignKeys() {
        return spec.schema().foreignKeys();
    }

    DatabaseImpl(EngineImpl engine, ConnectionSpec spec) {
        this.engine = engine;
        this.spec = spec;
        this.models = new ModelSet(spec.models().served(), ModelRegistry.of(spec.models().converters(),
                spec.models().json()));
        this.loadMode = Objects.requireNonNull(spec.loading().mode(), "loadMode");
        this.tenancy = new Tenancy(spec.models().tenants());
        this.cache = spec.loading().relationCache() != null ? spec.loading().relationCache()
                : new DefaultRelationCache(spec.loading().clock());
    }

    /** Connects the provider's backend: guarded for statements, bare for beginning transactions. */
    void attach(Backend provided) {
        this.rawBackend = provided;
        this.transactions = new Transactions(this, provided, spec.target().hostTransactions(), engine.resolver());
        this.guarded = new GuardedBackend(provided, transactions, models, tenancy);
        this.backend = SubqueryFlattening.over(guarded);
        if (provided instanceof ReplicaRouter r) {
            this.router = r;
            this.primaryOnly = new PinnedSession(this, r);
        }
    }

    @Override
    public Session primary() {
        return primaryOnly;
    }

    @Override
    public Optional<WritePosition> lastWrite() {
        return router == null ? Optional.empty() : router.lastWrite();
    }

    @Override
    public <R> R readYourWrites(WritePosition position, TransactionCallable<R> work) {
        ArgumentException.requireNonNull(position, "readYourWrites", "write position",
                "pass db.lastWrite() of the database that wrote, or run the work without readYourWrites");
        ArgumentException.requireNonNull(work, "readYourWrites", "work", "pass the reads to run");
        Supplier<R> run = () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw Records.propagate(e);
            }
        };
        return router == null ? run.get() : router.readAfter(position, run);
    }

    Loader loader() {
        return loader;
    }

    Persister persister() {
        return persister;
    }

    RelationOps relations() {
        return relations;
    }

    // ---- Session ------------------------------------------------------------------------

    @Override
    public Backend backend() {
        if (closed) {
            throw new Ar4jException("This " + backend.name() + " database is closed");
        }
        return backend;
    }

    @Override
    public StatementChecks checks() {
        return guarded.checks();
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public RelationCache cacheFor(RelationInfo rel) {
        return rel.spec().loading().cache().customCache().orElse(cache);
    }

    @Override
    public void clearCaches(ActiveRecord<?> record) {
        Records.state(record).setAggregates(null);
        ModelInfo model = models.of(record.getClass());
        List<RelationCache> cleared = new ArrayList<>(2);
        for (RelationInfo r : model.relations().values()) {
            RelationCache c = cacheFor(r);
            if (cleared.stream().noneMatch(x -> x == c)) {
                cleared.add(c);
                c.invalidateAll(record);
            }
        }
    }

    // ---- QueryListener: every statement from the backend comes through here -------------

    @Override
    public boolean wantsEvents() {
        return !listeners.isEmpty() || spec.logging().slowStatementThreshold() != null || StatementLog.enabled();
    }

    @Override
    public void onQuery(QueryEvent event) {
        StatementLog.log(event, spec.logging().slowStatementThreshold());
        for (QueryListener l : listeners) {
            try {
                l.onQuery(event);
            } catch (RuntimeException e) {
                LOG.warn("A query listener threw; ignoring it for this event", e);
            }
        }
    }

    // ---- Database -----------------------------------------------------------------------

    @Override
    public void makeDefault() {
        engine.resolver().makeDefault(this);
    }

    @Override
    public void bind(Class<?>... models) {
        ArgumentException.requireNonNull(models, "bind", "array of model classes", "pass model classes");
        for (Class<?> m : models) {
            this.models.add(this.models.of(m));
            engine.resolver().bindModel(m, this);
        }
    }

    @Override
    public Binding bindToThread() {
        backend();   // refuses a closed database
        return engine.resolver().bindThread(this);
    }

    @Override
    public <R> R bind(TransactionCallable<R> work) {
        ArgumentException.requireNonNull(work, "bind", "work", "pass the work to run with this database bound");
        Binding binding = bindToThread();
        try {
            return work.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new Ar4jException("The work bound to " + this + " threw " + e, e);
        } finally {
            binding.close();
        }
    }

    @Override
    public ModelSet models() {
        return models;
    }

    @Override
    public String backendName() {
        return backend.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return backend.capabilities();
    }

    @Override
    public int maxKeysPerQuery() {
        return backend().maxKeysPerQuery(0);
    }

    @Override
    public <T extends ActiveRecord<T>> Query<T> query(Class<T> model) {
        return new QueryImpl<>(this, loader, models.use(model));
    }

    @Override
    public <T> List<T> sql(Class<T> type, String sql, Object... parameters) {
        return new NativeQueries(this, models).list(type, sql, parameters);
    }

    @Override
    public <T extends ActiveRecord<T>> Optional<T> find(Class<T> model, Object id) {
        return reads.find(models.use(model), id);
    }

    @Override
    public <T extends ActiveRecord<T>> void insertAll(Iterable<T> records) {
        persister.insertAll(records);
    }

    @Override
    public <T extends ActiveRecord<T>> void upsertAll(Iterable<T> records, String... conflictFields) {
        persister.upsertAll(records, conflictFields);
    }

    @Override
    public Schema schema() {
        return new SchemaImpl(this);
    }

    @Override
    public void transaction(TransactionWork work) {
        ArgumentException.requireNonNull(work, "transaction", "work", "pass the work to run in the transaction");
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public <R> R inTransaction(TransactionCallable<R> work) {
        ArgumentException.requireNonNull(work, "transaction", "work", "pass the work to run in the transaction");
        return transactions.run(work);
    }

    @Override
    public <R> R inTransaction(Retry retry, TransactionCallable<R> work) {
        return Retrying.run(transactions, retry, work, backendName(), this::onQuery);
    }

    @Override
    public void addQueryListener(QueryListener listener) {
        listeners.add(ArgumentException.requireNonNull(listener, "addQueryListener", "listener", "pass a listener"));
    }

    @Override
    public void addCommitListener(org.ar4j.CommitListener listener) {
        transactions.commitHooks().add(ArgumentException.requireNonNull(listener, "addCommitListener", "listener",
                "pass a listener"));
    }

    @Override
    public void removeCommitListener(org.ar4j.CommitListener listener) {
        transactions.commitHooks().remove(listener);
    }

    @Override
    public void removeQueryListener(QueryListener listener) {
        listeners.remove(listener);
    }

    @Override
    public LoadMode loadMode() {
        return loadMode;
    }

    @Override
    public void setLoadMode(LoadMode mode) {
        this.loadMode = ArgumentException.requireNonNull(mode, "setLoadMode", "mode", "pass LoadMode.PEERS, ONE or STRICT");
    }

    @Override
    public <T> Optional<T> unwrap(Class<T> type) {
        return rawBackend.unwrap(type);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        engine.resolver().closed(this);
        backend.close();
    }

    @Override
    public String toString() {
        return "Database[" + backend.name() + "]";
    }

    /** The record and relation operations the API's classes call on this database. */
    RecordOps records() {
        return records;
    }

    @Override
    public java.time.Clock clock() {
        return spec.loading().clock();
    }

    @Override
    public org.ar4j.AuditorResolver auditor() {
        return spec.models().auditor();
    }

    @Override
    public Tenancy tenancy() {
        return tenancy;
    }

    @Override
    public <R> R asTenant(Object tenant, TransactionCallable<R> work) {
        return tenancy.as(tenant, work);
    }

    @Override
    public <R> R asAllTenants(String reason, TransactionCallable<R> work) {
        return tenancy.all(reason, work);
    }
}

package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.Database;
import org.ar4j.LoadMode;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;
import org.ar4j.TransactionCallable;
import org.ar4j.TransactionWork;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.query.Query;
import org.ar4j.relation.RelationCache;
import org.ar4j.spi.Backend;
import org.ar4j.spi.Capability;
import org.ar4j.spi.Engine;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;

/** The one {@link Database} implementation: a backend plus listeners, load mode and relation cache. */
final class DatabaseImpl implements Database, QueryListener {
    private static final Logger LOG = LoggerFactory.getLogger("org.ar4j.sql");

    private final EngineImpl engine;
    private final List<QueryListener> listeners = new CopyOnWriteArrayList<>();
    private final RelationCache cache;
    private final Transactions transactions = new Transactions(this);
    private volatile Backend rawBackend;
    private volatile Backend backend;
    private volatile LoadMode loadMode;
    private volatile boolean closed;

    DatabaseImpl(EngineImpl engine, Engine.Settings settings) {
        this.engine = engine;
        this.loadMode = Objects.requireNonNull(settings.loadMode(), "loadMode");
        this.cache = settings.relationCache() != null ? settings.relationCache() : new DefaultRelationCache(settings.clock());
    }

    void attach(Backend b) {
        this.rawBackend = b;
        this.backend = new GuardedBackend(b, transactions);
    }

    /** The backend, through which every statement reports its failures to the transaction rules. */
    Backend backend() {
        if (closed) {
            throw new Ar4jException("This " + backend.name() + " database is closed");
        }
        return backend;
    }

    /** The provider's backend itself, for beginning transactions. */
    Backend rawBackend() {
        if (closed) {
            throw new Ar4jException("This " + backend.name() + " database is closed");
        }
        return rawBackend;
    }

    Transactions transactions() {
        return transactions;
    }

    /** Forgets every cached relation value of a record. */
    void clearCaches(ActiveRecord<?> record) {
        ModelInfo model = ModelRegistry.of(record.getClass());
        List<RelationCache> cleared = new ArrayList<>(2);
        for (RelationInfo r : model.relations().values()) {
            RelationCache c = cacheFor(r);
            if (cleared.stream().noneMatch(x -> x == c)) {
                cleared.add(c);
                c.invalidateAll(record);
            }
        }
    }

    EngineImpl engine() {
        return engine;
    }

    RelationCache cacheFor(RelationInfo rel) {
        return rel.spec().cache().customCache().orElse(cache);
    }

    // ---- QueryListener: every statement from the backend comes through here -------------

    @Override
    public void onQuery(QueryEvent event) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} [{} params] {} rows in {} us{}", event.text(), event.parameterCount(), event.rows(),
                    event.duration().toNanos() / 1000, event.failure() == null ? "" : " FAILED: " + event.failure());
        }
        for (QueryListener l : listeners) {
            try {
                l.onQuery(event);
            } catch (RuntimeException e) {
                LOG.warn("A query listener threw; ignoring it for this event", e);
            }
        }
    }

    // ---- reading ----------------------------------------------------------------------

    List<ActiveRecord<?>> fetch(ModelInfo model, Select select, LoadMode mode) {
        List<ActiveRecord<?>> out = new ArrayList<>();
        try (RowCursor c = backend().find(select)) {
            while (c.next()) {
                out.add(hydrate(model, c, mode));
            }
        }
        if (out.size() > 1) {
            PeerGroup group = new PeerGroup(out);
            for (ActiveRecord<?> r : out) {
                Records.state(r).peers = group;
            }
        }
        return out;
    }

    ActiveRecord<?> hydrate(ModelInfo model, RowCursor c, LoadMode mode) {
        ActiveRecord<?> r = (ActiveRecord<?>) model.newInstance();
        List<FieldInfo> fields = model.fields();
        Object[] snap = new Object[fields.size()];
        for (int i = 0; i < snap.length; i++) {
            Object v = c.get(i);
            snap[i] = v;
            fields.get(i).write(r, v);
        }
        RecordState st = new RecordState();
        st.db = this;
        st.persisted = true;
        st.snapshot = snap;
        st.loadMode = mode;
        Records.setState(r, st);
        return r;
    }

    // ---- Database -----------------------------------------------------------------------

    @Override
    public void makeDefault() {
        engine.setDefault(this);
    }

    @Override
    @SafeVarargs
    public final void bind(Class<? extends ActiveRecord<?>>... models) {
        for (Class<? extends ActiveRecord<?>> m : models) {
            ModelRegistry.of(m);
            engine.bind(m, this);
        }
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
        return new QueryImpl<>(this, ModelRegistry.of(model));
    }

    @Override
    public <T extends ActiveRecord<T>> void insertAll(Iterable<T> records) {
        Persistence.insertAll(this, records);
    }

    @Override
    public Schema schema() {
        return new SchemaImpl(this);
    }

    @Override
    public void transaction(TransactionWork work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public <R> R inTransaction(TransactionCallable<R> work) {
        Objects.requireNonNull(work, "work");
        return transactions.run(work);
    }

    /** Runs one of ar4j's own multi-statement operations all-or-nothing (see {@link Transactions#atomically}). */
    <R> R atomically(TransactionCallable<R> work) {
        return transactions.atomically(work);
    }

    @Override
    public void addQueryListener(QueryListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
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
        this.loadMode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        engine.forget(this);
        backend.close();
    }

    @Override
    public String toString() {
        return "Database[" + backend.name() + "]";
    }
}

package org.ar4j.core.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.query.Query;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.Relation;
import org.ar4j.relation.RelationValidator;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;
import org.ar4j.spi.Engine;

/** ar-core's {@link Engine}: the registry of open databases and the entry points of the API classes. */
public final class EngineImpl implements Engine {
    /** The engine ServiceLoader instantiates is the one every API call reaches. */
    static EngineImpl INSTANCE;

    private volatile DatabaseImpl defaultDb;
    private final Map<Class<?>, DatabaseImpl> bindings = new ConcurrentHashMap<>();

    /** Called by {@link java.util.ServiceLoader}. */
    public EngineImpl() {
        INSTANCE = this;
    }

    @Override
    public Database connect(Settings settings) {
        BackendProvider provider = Backends.choose(settings.url(), settings.backend());
        DatabaseImpl db = new DatabaseImpl(this, settings);
        Backend backend = provider.open(new BackendConfig(settings.url(), settings.properties(), db));
        db.attach(backend);
        synchronized (this) {
            if (defaultDb == null) {
                defaultDb = db;
            }
        }
        return db;
    }

    synchronized void setDefault(DatabaseImpl db) {
        defaultDb = db;
    }

    void bind(Class<?> model, DatabaseImpl db) {
        bindings.put(model, db);
    }

    synchronized void forget(DatabaseImpl db) {
        if (defaultDb == db) {
            defaultDb = null;
        }
        bindings.values().removeIf(d -> d == db);
    }

    @Override
    public Database defaultDatabase() {
        DatabaseImpl d = defaultDb;
        if (d == null) {
            throw new ConfigurationException("No database is open: call Database.connect(url) (or Database.connect()"
                    + " for the embedded default database) before using models");
        }
        return d;
    }

    /**
     * The database a model's statics and new records use: the one it is bound to, else the one whose
     * transaction is open on this thread, else the default.
     */
    DatabaseImpl databaseFor(Class<?> model) {
        DatabaseImpl d = bindings.get(model);
        if (d != null) {
            return d;
        }
        d = Transactions.innermostOpen();
        return d != null ? d : (DatabaseImpl) defaultDatabase();
    }

    @Override
    public <M extends ActiveRecord<M>> Query<M> query(Class<M> model) {
        return databaseFor(model).query(model);
    }

    @Override
    public void save(ActiveRecord<?> record) {
        Persistence.save(record);
    }

    @Override
    public void delete(ActiveRecord<?> record) {
        Persistence.delete(record);
    }

    @Override
    public void reload(ActiveRecord<?> record) {
        Persistence.reload(record);
    }

    @Override
    public boolean isNewRecord(ActiveRecord<?> record) {
        return !Records.state(record).persisted;
    }

    @Override
    public Set<String> changedFields(ActiveRecord<?> record) {
        return new LinkedHashSet<>(Persistence.changedFields(ModelRegistry.of(record.getClass()), record));
    }

    @Override
    public <M extends ActiveRecord<M>> void insertAll(Iterable<M> records) {
        Persistence.insertAll(null, records);
    }

    @Override
    public void clearRelationCache(ActiveRecord<?> record, String relation) {
        ModelInfo model = ModelRegistry.of(record.getClass());
        DatabaseImpl db = Persistence.databaseOf(record);
        if (relation == null) {
            db.clearCaches(record);
        } else {
            RelationInfo r = model.relation(relation);
            db.cacheFor(r).invalidate(record, r.cacheKey());
        }
    }

    @Override
    public void clearRelationCache(ActiveRecord<?> record, Relation<?, ?> relation) {
        RelationInfo r = relationOf(relation, record);
        Persistence.databaseOf(record).cacheFor(r).invalidate(record, r.cacheKey());
    }

    @Override
    public boolean hasCachedRelation(ActiveRecord<?> record, String relation) {
        RelationInfo r = ModelRegistry.of(record.getClass()).relation(relation);
        return Persistence.databaseOf(record).cacheFor(r).get(record, r.cacheKey()) != null;
    }

    @Override
    public String relationName(Relation<?, ?> relation) {
        for (ModelInfo m : ModelRegistry.known()) {
            for (Map.Entry<String, Relation<?, ?>> e : m.declaredRelations().entrySet()) {
                if (e.getValue() == relation) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private RelationInfo relationOf(Relation<?, ?> relation, ActiveRecord<?> owner) {
        ModelInfo model = ModelRegistry.of(owner.getClass());
        RelationInfo r = model.relation(relation);
        if (r == null) {
            throw new Ar4jException("The relation " + relation + " is not declared on " + model.name()
                    + "; call it with a record of the model that declares it as a static final constant");
        }
        return r;
    }

    @Override
    public Object relationValue(Relation<?, ?> relation, ActiveRecord<?> owner) {
        RelationInfo r = relationOf(relation, owner);
        return Loading.lazy(Persistence.databaseOf(owner), r, owner);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ActiveRecord<T>> Query<T> relationQuery(Relation<T, ?> relation, ActiveRecord<?> owner) {
        RelationInfo r = relationOf(relation, owner);
        return (Query<T>) RelationOps.scoped(Persistence.databaseOf(owner), r, owner);
    }

    @Override
    public <T extends ActiveRecord<T>> void relationSet(BelongsTo<T> relation, ActiveRecord<?> owner, T target) {
        RelationOps.set(Persistence.databaseOf(owner), relationOf(relation, owner), owner, target);
    }

    @Override
    public <T extends ActiveRecord<T>> void relationAdd(Relation<T, ?> relation, ActiveRecord<?> owner, T target) {
        RelationOps.add(Persistence.databaseOf(owner), relationOf(relation, owner), owner, target);
    }

    @Override
    public <T extends ActiveRecord<T>> void relationRemove(Relation<T, ?> relation, ActiveRecord<?> owner, T target) {
        RelationOps.remove(Persistence.databaseOf(owner), relationOf(relation, owner), owner, target);
    }

    @Override
    public RelationValidator foreignKeyExistsValidator() {
        return RelationOps.FOREIGN_KEY_EXISTS;
    }
}

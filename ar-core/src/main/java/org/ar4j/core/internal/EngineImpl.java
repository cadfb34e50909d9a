package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.ArgumentException;
import org.ar4j.Ar4jException;
import org.ar4j.Database;
import org.ar4j.SchemaMismatchException;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.persist.Writes;
import org.ar4j.core.internal.query.OwnerAggregate;
import org.ar4j.core.internal.query.OwnerAggregates;
import org.ar4j.core.internal.session.AggregateKey;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.internal.engine.Engine;
import org.ar4j.query.Predicate;
import org.ar4j.query.Query;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.relation.Relation;
import org.ar4j.query.RelationPath;
import org.ar4j.Errors;
import org.ar4j.schema.SchemaCheck;
import org.ar4j.schema.SchemaReport;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;

/**
 * ar-core's {@link Engine}: the registry of open databases and the entry points of the API classes. Each
 * call finds the record's database and hands the work to that database's objects; nothing below reaches
 * back here.
 */
public final class EngineImpl implements Engine {
    private static final org.slf4j.Logger SCHEMA_LOG = org.slf4j.LoggerFactory.getLogger("org.ar4j.schema");
    private final DatabaseResolver resolver = new DatabaseResolver();

    /** Called by {@link java.util.ServiceLoader}. */
    public EngineImpl() {
    }

    @Override
    public Database connect(Settings settings) {
        boolean onDataSource = settings.url() == null && settings.dataSource() != null;
        BackendProvider provider;
        String url;
        if (onDataSource && settings.backend() != null) {
            provider = Backends.choose(null, settings.backend());
            ConnectionSettings.checkDataSource(provider);
            url = ConnectionSettings.urlOf(settings.dataSource());
        } else {
            url = settings.url() != null ? settings.url() : ConnectionSettings.urlOf(settings.dataSource());
            provider = Backends.choose(url, settings.backend());
            if (onDataSource) {
                ConnectionSettings.checkDataSource(provider);
            }
        }
        ConnectionSettings.checkProperties(settings.properties(), provider);
        if (onDataSource) {
            ConnectionSettings.checkNoPoolSettings(settings.properties());
        }
        DatabaseImpl db = new DatabaseImpl(this, settings);
        Backend backend = provider.open(new BackendConfig(url, settings.properties(), db, settings.dataSource(),
                settings.hostTransactions(), settings.logParameters()));
        try {
            backend = Replicas.route(provider, backend, settings, db);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        db.attach(backend);
        checkSchema(db, settings);
        resolver.connected(db);
        for (Class<?> m : settings.boundModels()) {
            db.bind(m);
        }
        return db;
    }

    /** The start-up schema check: nothing, a WARN with the report, or a refusal to open. */
    private static void checkSchema(DatabaseImpl db, Settings settings) {
        if (settings.schemaCheck() == null || settings.schemaCheck() == SchemaCheck.OFF || settings.checkedModels().isEmpty()) {
            return;
        }
        SchemaReport report;
        try {
            report = db.schema().validate(settings.checkedModels().toArray(new Class<?>[0]));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        if (report.isClean()) {
            return;
        }
        if (settings.schemaCheck() == SchemaCheck.FAIL) {
            db.close();
            throw new SchemaMismatchException(report);
        }
        SCHEMA_LOG.warn("{}", report);
    }

    DatabaseResolver resolver() {
        return resolver;
    }

    @Override
    public Database defaultDatabase() {
        return resolver.defaultDatabase(null);
    }

    /** The database a model's statics and new records use: see {@link DatabaseResolver}. */
    DatabaseImpl databaseFor(Class<?> model) {
        return resolver.resolve(model);
    }

    /** The database a record was loaded from or written to, else its model's. */
    private DatabaseImpl databaseOf(ActiveRecord<?> record) {
        Session s = Records.state(record).db();
        return s != null ? (DatabaseImpl) s : databaseFor(record.getClass());
    }

    @Override
    public <M extends ActiveRecord<M>> Query<M> query(Class<M> model) {
        return databaseFor(model).query(model);
    }

    @Override
    public <M extends ActiveRecord<M>> Optional<M> find(Class<M> model, Object id) {
        return databaseFor(model).find(model, id);
    }

    @Override
    public void save(ActiveRecord<?> record) {
        databaseOf(record).persister().save(record);
    }

    @Override
    public void delete(ActiveRecord<?> record) {
        databaseOf(record).persister().delete(record);
    }

    @Override
    public void reload(ActiveRecord<?> record) {
        databaseOf(record).persister().reload(record);
    }

    @Override
    public boolean isNewRecord(ActiveRecord<?> record) {
        return !Records.isPersisted(record);
    }

    @Override
    public Set<String> changedFields(ActiveRecord<?> record) {
        return new LinkedHashSet<>(Writes.changedFields(ModelRegistry.of(record.getClass()), record));
    }

    @Override
    public <M extends ActiveRecord<M>> void insertAll(Iterable<M> records) {
        ArgumentException.requireNonNull(records, "insertAll", "list of records", "pass the records to insert");
        Map<DatabaseImpl, List<ActiveRecord<?>>> byDatabase = new LinkedHashMap<>();
        for (M r : records) {
            ArgumentException.requireNonNull(r, "insertAll", "record in its list", "remove the nulls from the list");
            byDatabase.computeIfAbsent(databaseFor(r.getClass()), d -> new ArrayList<>()).add(r);
        }
        byDatabase.forEach((db, list) -> db.persister().insertAll(list));
    }

    @Override
    public <M extends ActiveRecord<M>> void upsertAll(Iterable<M> records, String... conflictFields) {
        ArgumentException.requireNonNull(records, "upsertAll", "list of records", "pass the records to write");
        Map<DatabaseImpl, List<ActiveRecord<?>>> byDatabase = new LinkedHashMap<>();
        for (M r : records) {
            ArgumentException.requireNonNull(r, "upsertAll", "record in its list", "remove the nulls from the list");
            byDatabase.computeIfAbsent(databaseFor(r.getClass()), d -> new ArrayList<>()).add(r);
        }
        byDatabase.forEach((db, list) -> db.persister().upsertAll(list, conflictFields));
    }

    @Override
    public void clearRelationCache(ActiveRecord<?> record, String relation) {
        DatabaseImpl db = databaseOf(record);
        if (relation == null) {
            db.clearCaches(record);
        } else {
            RelationInfo r = ModelRegistry.of(record.getClass()).relation(relation);
            db.cacheFor(r).invalidate(record, r.cacheKey());
        }
    }

    @Override
    public void clearRelationCache(ActiveRecord<?> record, RelationPath<?> relation) {
        RelationInfo r = relationOf(relation, record);
        databaseOf(record).cacheFor(r).invalidate(record, r.cacheKey());
    }

    @Override
    public boolean hasCachedRelation(ActiveRecord<?> record, String relation) {
        RelationInfo r = ModelRegistry.of(record.getClass()).relation(relation);
        return databaseOf(record).cacheFor(r).get(record, r.cacheKey()) != null;
    }

    @Override
    public boolean hasCachedRelation(ActiveRecord<?> record, RelationPath<?> relation) {
        RelationInfo r = relationOf(relation, record);
        return databaseOf(record).cacheFor(r).get(record, r.cacheKey()) != null;
    }

    @Override
    public Object relationAggregate(RelationPath<?> relation, ActiveRecord<?> owner, String kind, String field,
                                    Predicate condition) {
        RelationInfo r = relationOf(relation, owner);
        OwnerAggregate a = OwnerAggregate.of(r.owner(), r.name(), AggregateKey.Kind.of(kind), field, condition);
        Map<AggregateKey, Object> attached = Records.state(owner).aggregates();
        Object v;
        if (attached != null && attached.containsKey(a.key())) {
            v = attached.get(a.key());
        } else {
            Object k = OwnerAggregates.key(r.ownerKey(), owner);
            v = k == null ? OwnerAggregates.valueWithout(a) : OwnerAggregates.compute(databaseOf(owner), List.of(owner),
                    a).get(k);
        }
        return OwnerAggregates.javaValue(a, v);
    }

    @Override
    public String relationName(RelationPath<?> relation) {
        for (ModelInfo m : ModelRegistry.known()) {
            for (Map.Entry<String, Relation<?, ?>> e : m.declaredRelations().entrySet()) {
                if (e.getValue() == relation) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private RelationInfo relationOf(RelationPath<?> relation, ActiveRecord<?> owner) {
        ModelInfo model = ModelRegistry.of(owner.getClass());
        RelationInfo r = model.relation(relation);
        if (r == null) {
            throw new Ar4jException("The relation " + relation + " is not declared on " + model.name()
                    + "; call it with a record of the model that declares it as a static final constant");
        }
        return r;
    }

    @Override
    public Object relationValue(RelationPath<?> relation, ActiveRecord<?> owner) {
        return databaseOf(owner).loader().lazy(relationOf(relation, owner), owner);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ActiveRecord<T>> Query<T> relationQuery(RelationPath<T> relation, ActiveRecord<?> owner) {
        return (Query<T>) databaseOf(owner).relations().query(relationOf(relation, owner), owner);
    }

    @Override
    public <T extends ActiveRecord<T>> void relationSet(RelationPath<T> relation, ActiveRecord<?> owner, T target) {
        databaseOf(owner).relations().set(relationOf(relation, owner), owner, target);
    }

    @Override
    public <T extends ActiveRecord<T>> void relationAdd(RelationPath<T> relation, ActiveRecord<?> owner, T target) {
        databaseOf(owner).relations().add(relationOf(relation, owner), owner, target);
    }

    @Override
    public <T extends ActiveRecord<T>> void relationRemove(RelationPath<T> relation, ActiveRecord<?> owner, T target) {
        databaseOf(owner).relations().remove(relationOf(relation, owner), owner, target);
    }

    @Override
    public void checkForeignKeyExists(ActiveRecord<?> owner, RelationPath<?> relation, Errors errors) {
        RelationInfo r = ModelRegistry.of(owner.getClass()).relation(relation);
        if (r == null || r.kind() != Kind.BELONGS_TO) {
            throw new Ar4jException("foreignKeyExists() validates BelongsTo relations; " + relation + " is not one");
        }
        databaseOf(owner).relations().checkForeignKeyExists(r, owner, errors);
    }
}

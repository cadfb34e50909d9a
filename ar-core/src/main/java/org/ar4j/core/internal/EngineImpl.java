package org.ar4j.core.internal;

import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.ConnectionSpec;
import org.ar4j.Database;
import org.ar4j.SchemaMismatchException;
import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.internal.engine.Engine;
import org.ar4j.internal.engine.RecordOperations;
import org.ar4j.relation.Relation;
import org.ar4j.query.RelationPath;
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
    public Database connect(ConnectionSpec spec) {
        ConnectionSpec.Target target = spec.target();
        boolean onDataSource = target.url() == null && target.dataSource() != null;
        BackendProvider provider;
        String url;
        if (onDataSource && target.backend() != null) {
            provider = Backends.choose(null, target.backend());
            ConnectionSettings.checkDataSource(provider);
            url = ConnectionSettings.urlOf(target.dataSource());
        } else {
            url = target.url() != null ? target.url() : ConnectionSettings.urlOf(target.dataSource());
            provider = Backends.choose(url, target.backend());
            if (onDataSource) {
                ConnectionSettings.checkDataSource(provider);
            }
        }
        ConnectionSettings.checkProperties(spec.properties(), provider);
        if (onDataSource) {
            ConnectionSettings.checkNoPoolSettings(spec.properties());
        }
        DatabaseImpl db = new DatabaseImpl(this, spec);
        Backend backend = provider.open(new BackendConfig(url, spec.properties(), db, target.dataSource(),
                target.hostTransactions(), spec.logging().logParameters()));
        try {
            backend = Replicas.route(provider, backend, spec, db);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        db.attach(backend);
        checkSchema(db, spec.schema());
        resolver.connected(db);
        for (Class<?> m : spec.models().bound()) {
            db.bind(m);
        }
        return db;
    }

    /** The start-up schema check: nothing, a WARN with the report, or a refusal to open. */
    private static void checkSchema(DatabaseImpl db, ConnectionSpec.Schema schema) {
        if (schema.check() == null || schema.check() == SchemaCheck.OFF || schema.checkedModels().isEmpty()) {
            return;
        }
        SchemaReport report;
        try {
            report = db.schema().validate(schema.checkedModels().toArray(new Class<?>[0]));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        if (report.isClean()) {
            return;
        }
        if (schema.check() == SchemaCheck.FAIL) {
            db.close();
            throw new SchemaMismatchException(report);
        }
        SCHEMA_LOG.warn("{}", report);
    }

    DatabaseResolver resolver() {
        return resolver;
    }

    @Override
    public RecordOperations database(Class<?> model, ActiveRecord<?> record) {
        Session s = record == null ? null : Records.state(record).db();
        if (s != null) {
            return ((DatabaseImpl) s).records();
        }
        return (model == null ? resolver.defaultDatabase(null) : resolver.resolve(model)).records();
    }

    @Override
    public String relationName(RelationPath<?> relation) {
        for (Map<String, Relation<?, ?>> declared : ModelRegistry.declaredRelations()) {
            for (Map.Entry<String, Relation<?, ?>> e : declared.entrySet()) {
                if (e.getValue() == relation) {
                    return e.getKey();
                }
            }
        }
        return null;
    }
}

package org.ar4j.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

import javax.sql.DataSource;

import org.ar4j.ActiveRecord;
import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.LoadMode;
import org.ar4j.query.Predicate;
import org.ar4j.query.Query;
import org.ar4j.query.RelationPath;
import org.ar4j.cache.RelationCache;
import org.ar4j.Errors;
import org.ar4j.schema.SchemaCheck;
import org.ar4j.HostTransactions;

/**
 * The bridge from ar-api to its one implementation, ar-core, found through
 * {@link ServiceLoader}. Applications and backend authors never call it; it is public only
 * because the API classes and the implementation live in different jars.
 */
public interface Engine {

    /**
     * Connection settings gathered by {@link org.ar4j.DatabaseBuilder}.
     *
     * @param url                    the connection URL, or null when a DataSource is given without one
     * @param backend                an explicitly named backend, or null
     * @param properties             backend properties
     * @param clock                  the clock relation-cache expiry reads
     * @param relationCache          a replacement for the default relation cache, or null
     * @param loadMode               the initial load mode
     * @param dataSource             the application's DataSource, or null for a pool of ar4j's own
     * @param hostTransactions       the host framework's transactions, or null
     * @param slowStatementThreshold statements slower than this are logged at WARN; null for none
     * @param logParameters          whether statement events and logs carry bound values
     * @param schemaCheck            what a difference between the checked models and the database does at start-up
     * @param checkedModels          the models the start-up check validates
     * @param foreignKeys            whether the schema declares foreign keys for BelongsTo keys (SQL backends)
     * @param replicas               read replicas
     * @param replicaPolicy          how reads are routed among the replicas
     * @param models                 the models the database serves, given when it is built
     * @param boundModels            the models bound to the database when it is built
     */
    record Settings(String url, String backend, Map<String, String> properties, Clock clock,
                    RelationCache relationCache, LoadMode loadMode, DataSource dataSource,
                    HostTransactions hostTransactions, Duration slowStatementThreshold, boolean logParameters,
                    SchemaCheck schemaCheck, List<Class<?>> checkedModels, boolean foreignKeys,
                    List<Replica> replicas, org.ar4j.ReplicaPolicy replicaPolicy, List<Class<?>> models,
                    List<Class<?>> boundModels) {
    }

    /** A read replica: a URL or an application's DataSource. */
    record Replica(String url, DataSource dataSource) {
    }

    /** The engine on the classpath; fails with a clear message when ar-core is missing. */
    static Engine get() {
        return Holder.ENGINE;
    }

    /** Opens a database. */
    Database connect(Settings settings);

    /** The default database. */
    Database defaultDatabase();

    /** A query in the database the model is bound to. */
    <M extends ActiveRecord<M>> Query<M> query(Class<M> model);

    /** Finds a record by id in the database the model is bound to: {@code query(model).whereId(id).first()}. */
    default <M extends ActiveRecord<M>> Optional<M> find(Class<M> model, Object id) {
        return query(model).whereId(id).first();
    }

    /** Inserts or updates a record. */
    void save(ActiveRecord<?> record);

    /** Deletes a record. */
    void delete(ActiveRecord<?> record);

    /** Reloads a record. */
    void reload(ActiveRecord<?> record);

    /** Whether a record is unsaved. */
    boolean isNewRecord(ActiveRecord<?> record);

    /** Fields changed since load or save. */
    Set<String> changedFields(ActiveRecord<?> record);

    /** Inserts many records. */
    <M extends ActiveRecord<M>> void insertAll(Iterable<M> records);

    /** Inserts many records or writes them over the stored rows with the same unique key. */
    <M extends ActiveRecord<M>> void upsertAll(Iterable<M> records, String... conflictFields);

    /** Clears one relation cache by name, or all when the name is null. */
    void clearRelationCache(ActiveRecord<?> record, String relation);

    /** Clears one relation cache. */
    void clearRelationCache(ActiveRecord<?> record, RelationPath<?> relation);

    /** Whether a relation value is cached. */
    boolean hasCachedRelation(ActiveRecord<?> record, String relation);

    /** Whether a relation value is cached. */
    boolean hasCachedRelation(ActiveRecord<?> record, RelationPath<?> relation);

    /**
     * A per-owner aggregate of a collection relation (kind COUNT, SUM, MIN, MAX or AVG): the value a query's
     * withCount/withSum... attached to the owner, else computed now with one query.
     */
    Object relationAggregate(RelationPath<?> relation, ActiveRecord<?> owner, String kind, String field, Predicate condition);

    /** The resolved name of a relation descriptor, or null before its model was verified. */
    String relationName(RelationPath<?> relation);

    /** A relation's value on an owner, loading it if needed. */
    Object relationValue(RelationPath<?> relation, ActiveRecord<?> owner);

    /** A query pre-scoped to a relation of an owner. */
    <T extends ActiveRecord<T>> Query<T> relationQuery(RelationPath<T> relation, ActiveRecord<?> owner);

    /** Points a BelongsTo at a target. */
    <T extends ActiveRecord<T>> void relationSet(RelationPath<T> relation, ActiveRecord<?> owner, T target);

    /** Adds a record to a collection relation. */
    <T extends ActiveRecord<T>> void relationAdd(RelationPath<T> relation, ActiveRecord<?> owner, T target);

    /** Removes a record from a collection relation. */
    <T extends ActiveRecord<T>> void relationRemove(RelationPath<T> relation, ActiveRecord<?> owner, T target);

    /** The built-in foreign-key-exists check: a BelongsTo's non-null foreign key must refer to an existing record. */
    void checkForeignKeyExists(ActiveRecord<?> owner, RelationPath<?> relation, Errors errors);

    /** Loads the one engine, failing loudly when there is none or several. */
    final class Holder {
        static final Engine ENGINE = load();

        private Holder() {
        }

        private static Engine load() {
            List<Engine> found = new ArrayList<>();
            List<String> broken = new ArrayList<>();
            ServiceLoader<Engine> loader = ServiceLoader.load(Engine.class, Engine.class.getClassLoader());
            var it = loader.iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    found.add(it.next());
                } catch (ServiceConfigurationError e) {
                    broken.add(e.getMessage());
                }
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.isEmpty()) {
                throw new ConfigurationException("ar4j's engine is not on the classpath: add org.ar4j:ar-core"
                        + " (it comes with every backend jar, such as org.ar4j:ar-dialect-sqlite)"
                        + (broken.isEmpty() ? "" : "; engines that failed to load: " + broken));
            }
            throw new ConfigurationException("Several ar4j engines are on the classpath: " + found
                    + "; keep exactly one org.ar4j:ar-core jar");
        }
    }
}

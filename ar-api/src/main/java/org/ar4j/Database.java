package org.ar4j;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.ar4j.engine.Engine;
import org.ar4j.query.Query;
import org.ar4j.relation.RelationCache;
import org.ar4j.schema.SchemaCheck;
import org.ar4j.schema.SchemaReport;
import org.ar4j.spi.Capability;
import org.ar4j.spi.HostTransactions;

/**
 * A connection to one database through the backend that accepted its URL. Thread-safe; open
 * one per database for the life of the application and {@link #close()} it at shutdown.
 *
 * <pre>{@code
 * try (Database db = Database.connect("jdbc:sqlite:blog.db")) {
 *     db.schema().createIfMissing(User.class, Post.class);
 *     new User("alice").save();
 * }
 * }</pre>
 *
 * <p>The backend is found through {@link java.util.ServiceLoader}: exactly one
 * {@link org.ar4j.spi.BackendProvider} on the classpath must accept the URL, unless one is named
 * with {@link Builder#backend(String)}. The first database opened becomes the default used by
 * model statics such as {@link ActiveRecord#query(Class)}; {@link #bind(Class[])} sends chosen
 * models to another database.
 */
public interface Database extends AutoCloseable {

    /** The environment variable that {@link #connect()} reads. */
    String URL_ENVIRONMENT_VARIABLE = "AR_DATABASE_URL";
    /** The system property that {@link #connect()} reads, before the environment variable. */
    String URL_SYSTEM_PROPERTY = "ar.database.url";
    /** The URL used when neither is set: an embedded SQLite file in the working directory. */
    String DEFAULT_URL = "jdbc:sqlite:ar4j.db";

    /**
     * Connects to the URL in the {@code ar.database.url} system property, else the
     * {@code AR_DATABASE_URL} environment variable, else to {@link #DEFAULT_URL}.
     */
    static Database connect() {
        return builder().build();
    }

    /** Connects to a URL such as {@code jdbc:postgresql://host/db} or {@code mongodb://host/db}. */
    static Database connect(String url) {
        return builder().url(url).build();
    }

    /** Starts configuring a connection. */
    static Builder builder() {
        return new Builder();
    }

    /** The default database, used by models not bound elsewhere; throws if none was opened. */
    static Database getDefault() {
        return Engine.get().defaultDatabase();
    }

    /** Makes this database the default for models that are not bound elsewhere. */
    void makeDefault();

    /**
     * Sends all reads and writes of these models (classes extending {@link ActiveRecord}), made through model
     * statics, to this database. A class that is not a model is a {@link ModelDefinitionException}.
     */
    void bind(Class<?>... models);

    /** The name of the backend in use, for example {@code sqlite} or {@code postgres}. */
    String backendName();

    /** The capabilities the backend declares. */
    Set<Capability> capabilities();

    /** Whether the backend declares a capability. */
    default boolean supports(Capability capability) {
        return capabilities().contains(capability);
    }

    /**
     * How many keys one batched relation query binds on this backend: the driver's bind-parameter
     * limit, or {@link Integer#MAX_VALUE} where keys bind as one array. Eager and peer loading of
     * more owners than this split into several queries.
     */
    int maxKeysPerQuery();

    /** A new query over a model's records in this database. */
    <T extends ActiveRecord<T>> Query<T> query(Class<T> model);

    /** Finds a record by id. */
    default <T extends ActiveRecord<T>> Optional<T> find(Class<T> model, Object id) {
        return query(model).whereId(id).first();
    }

    /** Inserts many new records with as few statements as the backend allows. */
    <T extends ActiveRecord<T>> void insertAll(Iterable<T> records);

    /**
     * Inserts new records, or, where a stored record has the same value of a unique field, writes them over it, in
     * as few statements as the backend allows ({@code ON CONFLICT}, {@code ON DUPLICATE KEY}, {@code MERGE}, a
     * MongoDB bulk upsert) plus one read of the stored ids. Afterwards every record is saved: its id is the stored
     * row's (kept when written over), its {@code @Version} the stored one (incremented when written over).
     * Validation and hooks run as for {@code save()}; create and update hooks cost one read before the upsert to tell
     * which records exist. Atomic where the backend has transactions; on failure every record is as it was.
     *
     * <pre>{@code
     * db.upsertAll(List.of(alice, bob), "email"); // email: @Column(unique = true)
     * }</pre>
     *
     * @param records        new records of one or more models (not loaded ones: save those)
     * @param conflictFields the one unique field (or the id) that finds a stored record, such as {@code "email"}
     * @throws QueryException       when the field is not unique or not a field of the model
     * @throws ValidationException  when a record is invalid, has no value in the field, or two records share one
     */
    <T extends ActiveRecord<T>> void upsertAll(Iterable<T> records, String... conflictFields);

    /**
     * The position of this thread's last write in the primary's replication stream, to hand to another thread or
     * process ({@link #readYourWrites}); empty without replicas or before the thread wrote. Asks the primary once
     * per write.
     */
    Optional<WritePosition> lastWrite();

    /**
     * Runs work whose reads see at least a position ({@link #lastWrite()} of another thread or process): a replica
     * serves them only once it has replayed it, else the primary does. Without replicas, just runs the work.
     */
    <R> R readYourWrites(WritePosition position, TransactionCallable<R> work);

    /** Creates and drops tables from model metadata. */
    Schema schema();

    /** Runs work in a transaction: commits when it returns, rolls back when it throws. Nests with savepoints. */
    void transaction(TransactionWork work);

    /** Like {@link #transaction(TransactionWork)}, returning the work's result. */
    <R> R inTransaction(TransactionCallable<R> work);

    /** Registers a listener that sees every statement or command. */
    void addQueryListener(QueryListener listener);

    /** Removes a listener registered before. */
    void removeQueryListener(QueryListener listener);

    /** The load mode for queries that do not set their own. */
    LoadMode loadMode();

    /** Sets the load mode for queries that do not set their own. */
    void setLoadMode(LoadMode mode);

    /**
     * What the backend is built on, for integrations such as metrics: {@code unwrap(DataSource.class)} is
     * the connection pool a SQL backend opened (empty when it uses the application's DataSource, which the
     * application already has). Empty when the backend has nothing of that type.
     */
    <T> Optional<T> unwrap(Class<T> type);

    /** Closes the connection pool and the backend. */
    @Override
    void close();

    /**
     * Schema operations derived from model metadata: tables with per-backend column types,
     * generated keys and indexes on declared foreign keys. Each takes model classes (classes extending
     * {@link ActiveRecord}); a class that is not a model is a {@link ModelDefinitionException}. The
     * parameters are plain {@code Class<?>} so calls compile without unchecked warnings.
     */
    interface Schema {
        /** Creates the tables of these models; fails if one exists. */
        void create(Class<?>... models);

        /**
         * Creates the tables of these models that do not exist yet. An existing table is left as it is, even
         * when it differs from its model: {@link #validate} says how, {@link #migrationScript} how to fix it.
         */
        void createIfMissing(Class<?>... models);

        /**
         * Compares these models with the live database's catalogue: missing tables, missing or extra columns,
         * types, nullability, id generation, unique indexes, key indexes and foreign keys. Reads only.
         */
        SchemaReport validate(Class<?>... models);

        /** {@link #validate}, throwing {@link SchemaMismatchException} with the whole report unless it is clean. */
        void requireValid(Class<?>... models);

        /**
         * The statements that bring the live database to these models (create table, add column, create index
         * or unique index, add foreign key, change nullability where the database can), in this backend's
         * language; what could lose data (dropping a column, changing a type) only as comments for a person to
         * decide. Empty when the database matches. Reads only: see {@link org.ar4j.schema.FlywayMigrations} to
         * write it as a Flyway migration.
         */
        String migrationScript(Class<?>... models);

        /** Carries out {@link #migrationScript}'s statements now (never its comments). */
        void migrate(Class<?>... models);

        /** Drops the tables of these models; fails if one is missing. */
        void drop(Class<?>... models);

        /** Drops the tables of these models that exist. */
        void dropIfExists(Class<?>... models);
    }

    /** Configures and opens a {@link Database}. Not thread-safe. */
    final class Builder {
        private String url;
        private String backend;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private RelationCache relationCache;
        private LoadMode loadMode = LoadMode.PEERS;
        private DataSource dataSource;
        private HostTransactions hostTransactions;
        private Duration slowStatementThreshold;
        private boolean logParameters;
        private SchemaCheck schemaCheck = SchemaCheck.OFF;
        private List<Class<?>> checkedModels = List.of();
        private boolean foreignKeys = true;
        private final List<Engine.Replica> replicas = new ArrayList<>();
        private ReplicaPolicy replicaPolicy = ReplicaPolicy.defaults();

        Builder() {
        }

        /**
         * Connects through the application's own {@link DataSource} (a Spring or HikariCP pool, an application
         * server's JNDI pool, one with rotating credentials) instead of opening a pool: ar4j never closes it.
         * The backend is still found through {@link java.util.ServiceLoader}: by {@link #backend(String)} when
         * named, else by the URL the DataSource's connections report.
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /**
         * Lets the host framework's transactions carry ar4j's: inside one, ar4j's statements run on the
         * transaction's connection (the {@link #dataSource} must hand it out, as Spring's
         * {@code TransactionAwareDataSourceProxy} does), {@code transaction(...)} joins it, and a failure
         * ar4j sees marks it rollback-only. ar-spring provides one for Spring.
         */
        public Builder hostTransactions(HostTransactions hostTransactions) {
            this.hostTransactions = hostTransactions;
            return this;
        }

        /** Statements slower than this are logged at WARN with their model, duration and row count; off by default. */
        public Builder slowStatementThreshold(Duration threshold) {
            this.slowStatementThreshold = threshold;
            return this;
        }

        /**
         * Whether the statement log (debug level, logger {@code org.ar4j.sql}) and {@link QueryEvent#parameters()}
         * carry the bound values; off by default, as values may be personal data.
         */
        public Builder logParameters(boolean logParameters) {
            this.logParameters = logParameters;
            return this;
        }

        /**
         * Validates these models against the database when it opens: {@link SchemaCheck#WARN} logs the report,
         * {@link SchemaCheck#FAIL} refuses to open with {@link SchemaMismatchException}. Off by default.
         */
        public Builder schemaCheck(SchemaCheck check, Class<?>... models) {
            this.schemaCheck = check;
            this.checkedModels = List.of(models);
            return this;
        }

        /**
         * Whether the schema (create, validate, migration scripts) declares a foreign-key constraint for every
         * {@code BelongsTo} key on SQL backends: on by default. Turn it off for a legacy schema whose rows do not
         * satisfy such constraints; ar4j's relations work the same either way.
         */
        public Builder foreignKeys(boolean declare) {
            this.foreignKeys = declare;
            return this;
        }

        /**
         * A read replica of the primary ({@link #url}), on the same backend: reads outside transactions go to a
         * healthy replica that has replayed the reader's own writes, everything else to the primary; see
         * {@link ReplicaPolicy} and {@link Query#fromPrimary()}. Needs a backend with
         * {@link org.ar4j.spi.Capability#REPLICAS}. May be given more than once.
         */
        public Builder replica(String replicaUrl) {
            replicas.add(new Engine.Replica(replicaUrl, null));
            return this;
        }

        /** A read replica reached through the application's DataSource; as {@link #replica(String)}. */
        public Builder replica(DataSource replicaDataSource) {
            replicas.add(new Engine.Replica(null, replicaDataSource));
            return this;
        }

        /** How reads are routed to the replicas; {@link ReplicaPolicy#defaults()} by default. */
        public Builder replicaPolicy(ReplicaPolicy policy) {
            this.replicaPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The connection URL; when not set, {@link Database#connect()}'s rules apply. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Names the backend to use, bypassing URL-based selection (for example {@code "sqlite"}). */
        public Builder backend(String name) {
            this.backend = name;
            return this;
        }

        /**
         * A backend property, for example {@code pool.maxSize}, {@code pool.connectionTimeoutMs},
         * {@code user} or {@code password}. A key the backend does not read is a {@link ConfigurationException}
         * listing the keys it does read.
         */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** The clock relation-cache expiry reads; tests pass a clock they advance. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Replaces the default (Caffeine) relation cache for every relation of this database. */
        public Builder relationCache(RelationCache cache) {
            this.relationCache = cache;
            return this;
        }

        /** The initial load mode; {@link LoadMode#PEERS} by default. */
        public Builder loadMode(LoadMode mode) {
            this.loadMode = mode;
            return this;
        }

        /** Opens the database. */
        public Database build() {
            return Engine.get().connect(new Engine.Settings(dataSource != null && url == null ? null : resolveUrl(),
                    backend, Map.copyOf(properties), clock, relationCache, loadMode, dataSource, hostTransactions,
                    slowStatementThreshold, logParameters, schemaCheck, checkedModels, foreignKeys, List.copyOf(replicas),
                    replicaPolicy));
        }

        private String resolveUrl() {
            if (url != null && !url.isBlank()) {
                return url;
            }
            String fromProperty = System.getProperty(URL_SYSTEM_PROPERTY);
            if (fromProperty != null && !fromProperty.isBlank()) {
                return fromProperty;
            }
            String fromEnv = System.getenv(URL_ENVIRONMENT_VARIABLE);
            if (fromEnv != null && !fromEnv.isBlank()) {
                return fromEnv;
            }
            return DEFAULT_URL;
        }
    }
}

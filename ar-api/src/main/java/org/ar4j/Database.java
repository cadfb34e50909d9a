package org.ar4j;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ar4j.internal.engine.Engine;
import org.ar4j.query.Query;
import org.ar4j.schema.SchemaReport;

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
 * {@code org.ar4j.spi.BackendProvider} on the classpath must accept the URL, unless one is named
 * with {@link DatabaseBuilder#backend(String)}.
 *
 * <p><b>Which database a model static uses.</b> Model statics ({@link ActiveRecord#query(Class)},
 * {@code save()} of a new record, ...) find their database in this order; a record loaded or saved
 * keeps the database it came from:
 * <ol>
 * <li>the database whose transaction is open on this thread (the innermost);</li>
 * <li>else the database bound to this thread ({@link #bindToThread()} or {@link #bind(TransactionCallable)},
 *     nestable; ar-spring binds its context's database around tests, web requests, async tasks and its start-up);</li>
 * <li>else the database the model is bound to ({@link #bind(Class[])} or {@link DatabaseBuilder#bind(Class[])});</li>
 * <li>else the default database: the one last made the default with {@link #makeDefault()} that is still open
 *     (closing it leaves the one made the default before), else the only database open. With several open and
 *     none made the default, a model static is refused with a {@link ConfigurationException} rather than
 *     guessing.</li>
 * </ol>
 * Each database keeps its own world: the models it serves (those given to {@link DatabaseBuilder#models}
 * and those used through it), the schema it creates from them, its transactions and its relation cache.
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
        ArgumentException.requireNonNull(url, "Database.connect(url)", "URL", "pass a URL such as jdbc:sqlite:app.db, or"
                + " call Database.connect() for AR_DATABASE_URL or the embedded default");
        return builder().url(url).build();
    }

    /** Starts configuring a connection. */
    static DatabaseBuilder builder() {
        return new DatabaseBuilder();
    }

    /** The default database, used by models not bound elsewhere; throws if none was opened. */
    static Database getDefault() {
        return Engine.get().database(null, null).database();
    }

    /** Makes this database the default for model statics nothing else resolves: see the resolution order above. */
    void makeDefault();

    /**
     * Binds this database to the calling thread until the binding is closed: model statics on this thread use it
     * unless a transaction is open (see the resolution order above). Bindings nest; close them in reverse order,
     * best with try-with-resources, or use {@link #bind(TransactionCallable)}. Keep the Binding until you close it: a
     * binding whose Binding was dropped unclosed (a task on a pooled thread that forgot it) is forgotten, with a
     * warning, once the Binding is collected, so it does not serve the thread's later tasks for ever.
     */
    Binding bindToThread();

    /** Runs {@code work} with this database bound to the calling thread ({@link #bindToThread()}); returns its result. */
    <R> R bind(TransactionCallable<R> work);

    /** A database bound to a thread by {@link #bindToThread()}; closing it restores the thread's binding before. */
    interface Binding extends AutoCloseable {
        /** Ends the binding. Idempotent; must be called on the thread that bound it. */
        @Override
        void close();
    }

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

    /** Finds a record by id, or by a {@link Key} of every part of a composite key. */
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
     * @param conflictFields the one unique field (or the id) that finds a stored record, such as {@code "email"}, or
     *                       every part of a composite key
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

    /**
     * Runs a native SQL query (capability {@link Capability#RAW_SQL}) and maps its rows: to records of a model
     * (every mapped column selected; columns matched to fields by column or field name; the records are persisted
     * and can be changed and saved) or to a Java record (one column per component, matched by name, case and
     * underscores aside). Each {@code ?} outside quotes and comments takes one parameter, bound, never spliced.
     *
     * <pre>{@code
     * record Total(Long writerId, BigDecimal total) { }
     * List<Total> totals = db.sql(Total.class,
     *         "SELECT writer_id, SUM(price) AS total FROM books WHERE price > ? GROUP BY writer_id", min);
     * }</pre>
     */
    <T> List<T> sql(Class<T> type, String sql, Object... parameters);

    /**
     * Runs work as {@code tenant} for {@link TenantId} models, whatever the resolver says (a job, a message
     * consumer); nests, and the previous tenant is back when it returns.
     */
    <R> R asTenant(Object tenant, TransactionCallable<R> work);

    /**
     * Runs work across every tenant: reads and bulk writes of {@link TenantId} models are not confined, and records
     * of any tenant may be written (inserts still need a tenant value). The escape hatch for administration and
     * migrations: each call is logged at WARN (logger {@code org.ar4j.tenancy}) with {@code reason}, which must not
     * be blank.
     */
    <R> R asAllTenants(String reason, TransactionCallable<R> work);

    /** Runs work in a transaction: commits when it returns, rolls back when it throws. Nests with savepoints. */
    void transaction(TransactionWork work);

    /** Like {@link #transaction(TransactionWork)}, returning the work's result. */
    <R> R inTransaction(TransactionCallable<R> work);

    /**
     * Runs work in a transaction of its own, again after a conflict with a concurrent transaction as {@code retry}
     * says (see {@link Retry}); refused inside another transaction, whose work could not be run again.
     */
    default void transaction(Retry retry, TransactionWork work) {
        ArgumentException.requireNonNull(work, "transaction", "work", "pass the work to run in the transaction");
        inTransaction(retry, () -> {
            work.run();
            return null;
        });
    }

    /** Like {@link #transaction(Retry, TransactionWork)}, returning the work's result. */
    <R> R inTransaction(Retry retry, TransactionCallable<R> work);

    /** Registers a listener that sees every statement or command. */
    void addQueryListener(QueryListener listener);

    /**
     * Adds a listener of committed changes: called once after each commit of an outermost transaction with every
     * record it wrote (see {@link CommitListener}).
     */
    void addCommitListener(CommitListener listener);

    /** Removes a commit listener added before; nothing happens for one never added. */
    void removeCommitListener(CommitListener listener);

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
         * decide. Empty when the database matches. Reads only: see {@code org.ar4j.tools.FlywayMigrations} (ar-tools) to
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
}

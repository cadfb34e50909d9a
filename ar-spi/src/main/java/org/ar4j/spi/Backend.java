package org.ar4j.spi;

import org.ar4j.Capability;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.ar4j.UnsupportedCapabilityException;

/**
 * Executes ar4j's portable operations on one database. Thread-safe. Every statement or command
 * is reported to {@link BackendConfig#listener()}; identifiers come only from the specs and are
 * quoted, values are always bound.
 */
public interface Backend extends AutoCloseable {

    /** The backend name, as its provider's. */
    String name();

    /** What this backend can do. */
    Set<Capability> capabilities();

    /** Whether a capability is declared. */
    default boolean supports(Capability capability) {
        return capabilities().contains(capability);
    }

    /** Throws {@link UnsupportedCapabilityException} when a capability is not declared. */
    default void require(Capability capability, String feature) {
        if (!supports(capability)) {
            throw new UnsupportedCapabilityException(name(), capability, feature);
        }
    }

    /**
     * How many keys one {@link org.ar4j.query.Predicate.In} may hold in a query that binds
     * {@code otherParameters} further values: the driver's real bind-parameter limit minus those,
     * or {@link Integer#MAX_VALUE} with {@link Capability#ARRAY_BINDING}.
     */
    int maxKeysPerQuery(int otherParameters);

    /**
     * The values this backend stores exactly; ar-core refuses others before any statement. By default
     * {@link ValueLimits#PORTABLE}, which every first-party backend keeps so models stay portable.
     */
    default ValueLimits valueLimits() {
        return ValueLimits.PORTABLE;
    }

    /**
     * Why this backend cannot use a table, column or index name as it is (too long, a character it
     * cannot store safely), or empty when it can. ar-core asks once per model and database, before the
     * first statement, and fails with a {@link org.ar4j.ModelDefinitionException} naming the model.
     */
    default Optional<String> identifierProblem(String identifier, IdentifierKind kind) {
        return Optional.empty();
    }

    /**
     * Runs a read: the rows of a select ({@link Read#find}), streamed ({@link Read#stream}: read through once without
     * holding every row; outside a transaction it must not hold anything the calling thread's later writes would run
     * in), a count, grouped aggregates, or a native query ({@link Capability#RAW_SQL}). A backend runs it on its
     * {@link Read.Operations}: {@code return read.runOn(this)}.
     */
    <R> R read(Read<R> read);

    /**
     * Runs a write: an insert (returning each row's key, generated or given, in order), an upsert (in as few statements
     * as the backend allows, atomic per call where it has transactions; see {@link UpsertRows}), an update or a delete
     * (returning how many rows). A backend runs it on its {@link Write.Operations}: {@code return write.runOn(this)}.
     */
    <R> R write(Write<R> write);

    /**
     * Runs the reads of one query (its rows, then its eager loads and per-owner aggregates) as one unit of work,
     * so they can share what the backend would otherwise take for each read: a SQL backend holds one pooled
     * connection for them outside a transaction, as hand-written code would. It must not begin a transaction or
     * change what each read sees (each still sees what is committed when it runs), and it must give back what it
     * holds however {@code reads} ends. By default it runs {@code reads} as given.
     */
    default <R> R readTogether(Supplier<R> reads) {
        return reads.get();
    }

    /**
     * A backend that runs every command on operations of its own: implement {@link Read.Operations} and
     * {@link Write.Operations} ({@code query} only with {@link Capability#RAW_SQL}); {@code read} and {@code write}
     * come with it.
     */
    interface Direct extends Backend, Read.Operations, Write.Operations {
        @Override
        default <R> R read(Read<R> read) {
            return read.runOn(this);
        }

        @Override
        default <R> R write(Write<R> write) {
            return write.runOn(this);
        }

        /** Without {@link Capability#RAW_SQL}: an {@link UnsupportedCapabilityException}. */
        @Override
        default RowCursor query(NativeQuery query) {
            throw new UnsupportedCapabilityException(name(), Capability.RAW_SQL, "native SQL queries (db.sql)");
        }
    }

    /**
     * How this backend's native SQL reads (quotes, comments), so core counts placeholders and statements of
     * {@code db.sql} and {@code whereRaw} text as the database will; {@link SqlText#STANDARD} by default.
     */
    default SqlText sqlText() {
        return SqlText.STANDARD;
    }

    /**
     * On a primary: a position in its replication stream at or after every transaction committed so far (PostgreSQL:
     * the WAL insert LSN; MariaDB: the GTID binlog position), as text; empty when the backend cannot tell. Needs
     * {@link Capability#REPLICAS}.
     */
    default Optional<String> replicationPosition() {
        return Optional.empty();
    }

    /**
     * On a replica: whether it has replayed a primary's {@link #replicationPosition()}, waiting up to {@code wait} for
     * it (zero: answer at once). Needs {@link Capability#REPLICAS}.
     */
    default boolean hasReplayed(String position, Duration wait) {
        throw new UnsupportedCapabilityException(name(), Capability.REPLICAS, "replication positions");
    }

    /** On a replica: how far it lags behind its primary; empty when unknown (replay stopped, not a replica). */
    default Optional<Duration> replicationLag() {
        return Optional.empty();
    }

    /** Creates a table with its indexes; with {@code ifMissing}, does nothing if it exists. */
    void createTable(TableSpec table, boolean ifMissing);

    /** Drops a table; with {@code ifExists}, does nothing if it is missing. */
    void dropTable(TableSpec table, boolean ifExists);

    /**
     * Whether this backend declares a foreign-key constraint ar-core derived from a {@code BelongsTo}: by default
     * whenever it has {@link Capability#FOREIGN_KEYS}. A backend may leave some out (MySQL checks constraints row
     * by row, so a key to the same table would make a one-statement delete of a tree fail).
     */
    default boolean declaresForeignKey(TableSpec table, ForeignKeySpec foreignKey) {
        return supports(Capability.FOREIGN_KEYS);
    }

    /** The table (or collection) as the database's catalogue describes it, or empty when it does not exist. */
    Optional<LiveTable> inspect(TableSpec table);

    /**
     * Why a live column cannot hold the model's column as this backend would have declared it (another
     * type, length, precision or scale), or empty when it can.
     */
    Optional<String> typeMismatch(TableSpec table, ColumnSpec expected, LiveColumn live);

    /**
     * Why a live text column compares values other than byte for byte (a case-insensitive collation), or empty (the
     * default): {@code validate} reports it, as ar4j promises the comparisons PostgreSQL gives.
     */
    default Optional<String> collationMismatch(ColumnSpec expected, LiveColumn live) {
        return Optional.empty();
    }

    /**
     * The statements (or commands) that make these changes, in this backend's language and in order, for a
     * migration file; a change the backend cannot make in place becomes a comment saying what to do.
     */
    List<String> migration(List<SchemaChange> changes);

    /** Makes these changes now, in order; {@link SchemaChange.Note}s are skipped. */
    void migrate(List<SchemaChange> changes);

    /**
     * Begins a transaction bound to the calling thread, which must not have one open on this
     * backend: until it ends, every operation the thread asks of this backend runs inside it.
     * Backends without {@link Capability#TRANSACTIONS} throw {@link UnsupportedCapabilityException}.
     */
    BackendTransaction begin();

    /**
     * Joins the host framework's transaction open on the calling thread ({@link BackendConfig#hostTransactions()}):
     * statements run on its connection, savepoints nest in it, commit leaves it to the host and rollback makes
     * it rollback-only. By default a backend cannot.
     */
    default BackendTransaction joinHostTransaction() {
        throw new UnsupportedCapabilityException(name(), Capability.TRANSACTIONS,
                "joining a host framework's transaction");
    }

    /** What the backend is built on, if it is of this type (its own connection pool, a client); by default nothing. */
    default <T> java.util.Optional<T> unwrap(Class<T> type) {
        return Optional.empty();
    }

    /** Releases connections and other resources. */
    @Override
    void close();
}

package org.ar4j;

/**
 * A feature a backend may or may not have. Core asks {@code Backend.supports(Capability)};
 * it never asks which database it talks to. Using a feature the backend lacks throws
 * {@link UnsupportedCapabilityException}.
 */
public enum Capability {
    /** Atomic transactions with commit and rollback. */
    TRANSACTIONS,
    /** Nested transactions through savepoints. */
    SAVEPOINTS,
    /** Raw SQL conditions ({@code whereRaw}). */
    RAW_SQL,
    /**
     * An exact per-owner limit in one query ({@code Select.partition()}): window functions on SQL,
     * an aggregation on MongoDB. Without it, core runs one query per owner.
     */
    WINDOW_FUNCTIONS,
    /** A list of keys is bound as one array parameter, so key lists need no chunking. */
    ARRAY_BINDING,
    /**
     * Row values: a lookup by many composite keys is written {@code (a, b) IN ((?, ?), ...)}. Without it the same
     * lookup is an OR of one {@code a = ? AND b = ?} per key, with the same rows.
     */
    ROW_VALUES,
    /**
     * An update sets a column from another column of the same row ({@code shipped_at = ordered_at}, {@code a = b + 1}):
     * {@code Field.setTo(other)} in {@code updateAll}. A column changed by its own value ({@code stock = stock - 1})
     * needs no capability.
     */
    FIELD_TO_FIELD_UPDATES,
    /**
     * Runs on an application's {@code javax.sql.DataSource} ({@code Database.builder().dataSource(ds)}) and
     * joins the host framework's transactions ({@link HostTransactions}); every SQL backend has it.
     */
    DATA_SOURCE,
    /** Foreign-key constraints: declared for {@code BelongsTo} keys, enforced by the database; every SQL backend has it. */
    FOREIGN_KEYS,
    /**
     * Correlated subqueries: {@code Filter.Exists} is executed by the backend (SQL's
     * {@code EXISTS}). Without it, ar-core reads the related keys first and sends an IN list instead.
     */
    SUBQUERIES,
    /**
     * Read replicas with read-your-writes: the backend reports a primary's replication position after writes
     * ({@code Backend.replicationPosition()}) and whether a replica has replayed one ({@code Backend.hasReplayed}),
     * and how far a replica lags ({@code Backend.replicationLag()}). Without it, {@code Database.builder().replica}
     * is refused.
     */
    REPLICAS,
    /**
     * Locking reads ({@code Query.forUpdate()}, {@code forShare()}): rows read stay locked until the transaction
     * ends. SQLite declares it because its write transaction already serialises writers.
     */
    LOCKING_READS,
    /** {@code Query.skipLocked()} and {@code Query.noWait()}: a locking read that does not wait for other locks. */
    SKIP_LOCKED,
    /**
     * Conditions on values inside JSON documents ({@code where("specs.color", ...)}, {@code Where.contains}):
     * {@code Filter.Json}, with the same results on every backend that declares it.
     */
    JSON_PATHS,
    /**
     * Indexes on paths inside JSON documents ({@code @Json(indexed = "color")}): created by schema create and migrate,
     * checked by validate, and used by equality conditions on those paths. Without it no such index is created or
     * checked, and the same conditions give the same results.
     */
    JSON_PATH_INDEXES,
    /**
     * A read takes columns of BelongsTo targets in the same statement (SQL's LEFT JOIN): a projection's
     * {@code Book_.writer.then(Writer_.name)}. Without it, ar4j reads them by key in a second statement; the
     * result is the same. Every SQL backend has it.
     */
    JOINS
}

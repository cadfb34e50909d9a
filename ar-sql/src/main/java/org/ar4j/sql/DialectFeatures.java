package org.ar4j.sql;

import java.util.EnumSet;
import java.util.Set;

import org.ar4j.Capability;

/**
 * What a SQL database can do and how it behaves, as data: a dialect states its differences from
 * {@link #STANDARD} with withers ({@code DialectFeatures.STANDARD.withUpsertStyle(UpsertStyle.MERGE)}) and returns
 * them from {@link SqlDialect#features()}; behaviour that is more than a flag or a number stays a method of the
 * dialect.
 *
 * @param capabilities            what the backend can do (ar4j adds SUBQUERIES and DATA_SOURCE, which every SQL
 *                                backend has); a dialect whose answer depends on the server's version
 *                                overrides {@link SqlDialect#capabilities(java.sql.DatabaseMetaData)} instead
 * @param maxBindParameters       the driver's bind-parameter limit per statement
 * @param maxIdentifierBytes      the longest table, column or index name kept as given, in UTF-8 bytes; a longer one
 *                                is refused when a model is first used instead of being truncated silently
 * @param upsertStyle             how the database inserts or writes over by a unique key
 * @param spellsNullOrder         whether ORDER BY must say {@code NULLS FIRST}/{@code NULLS LAST} to give ar4j's
 *                                portable order (nulls first ascending): only on nullable columns, so an index on a
 *                                NOT NULL key can still serve the order
 * @param batchKeysAreConsecutive whether, in a transaction, a batch of inserts receives consecutive generated keys
 *                                ending at the last one (SQLite's rowids), read back with one statement
 * @param batchReturnsGeneratedKeys whether {@code executeBatch} then {@code getGeneratedKeys} gives one key per row
 * @param cachedStatementsPerConnection read statements kept prepared per pooled connection (0: none)
 * @param streamingFetchSize      the JDBC fetch size for streamed reads (0: the driver's default)
 * @param streamingNeedsTransaction whether a stream needs a transaction of its own for the fetch size to work
 * @param cursorSeesLaterWrites   whether a cursor sees rows its own connection writes after it opened (then streams
 *                                inside a transaction buffer)
 * @param addsForeignKeysByAlter  whether foreign keys can be added to an existing table
 * @param checksForeignKeysPerStatement whether foreign keys are checked per statement rather than row by row (only
 *                                then does a table get a foreign key to itself)
 */
public record DialectFeatures(Set<Capability> capabilities, int maxBindParameters, int maxIdentifierBytes,
                              UpsertStyle upsertStyle, boolean spellsNullOrder, boolean batchKeysAreConsecutive,
                              boolean batchReturnsGeneratedKeys, int cachedStatementsPerConnection,
                              int streamingFetchSize, boolean streamingNeedsTransaction, boolean cursorSeesLaterWrites,
                              boolean addsForeignKeysByAlter, boolean checksForeignKeysPerStatement) {

    /**
     * Standard SQL: transactions, savepoints, raw SQL, window functions and foreign keys; 32,767 parameters; ON
     * CONFLICT.
     */
    public static final DialectFeatures STANDARD = new DialectFeatures(EnumSet.of(Capability.TRANSACTIONS,
            Capability.SAVEPOINTS, Capability.RAW_SQL, Capability.WINDOW_FUNCTIONS, Capability.FOREIGN_KEYS), 32_767,
            Integer.MAX_VALUE,
            UpsertStyle.ON_CONFLICT, false, false, true, 0, 0, false, false, true, true);

    /** Copies the capabilities. */
    public DialectFeatures {
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
    }

    /** These features with other capabilities. */
    public DialectFeatures withCapabilities(Set<Capability> value) {
        return new DialectFeatures(value, maxBindParameters, maxIdentifierBytes, upsertStyle, spellsNullOrder,
                batchKeysAreConsecutive, batchReturnsGeneratedKeys, cachedStatementsPerConnection, streamingFetchSize,
                streamingNeedsTransaction, cursorSeesLaterWrites, addsForeignKeysByAlter, checksForeignKeysPerStatement);
    }

    /** These features with another bind-parameter limit. */
    public DialectFeatures withMaxBindParameters(int value) {
        return new DialectFeatures(capabilities, value, maxIdentifierBytes, upsertStyle, spellsNullOrder,
                batchKeysAreConsecutive, batchReturnsGeneratedKeys, cachedStatementsPerConnection, streamingFetchSize,
                streamingNeedsTransaction, cursorSeesLaterWrites, addsForeignKeysByAlter, checksForeignKeysPerStatement);
    }

    /** These features with another identifier limit. */
    public DialectFeatures withMaxIdentifierBytes(int value) {
        return new DialectFeatures(capabilities, maxBindParameters, value, upsertStyle, spellsNullOrder,
                batchKeysAreConsecutive, batchReturnsGeneratedKeys, cachedStatementsPerConnection, streamingFetchSize,
                streamingNeedsTransaction, cursorSeesLaterWrites, addsForeignKeysByAlter, checksForeignKeysPerStatement);
    }

    /** These features with another upsert style. */
    public DialectFeatures withUpsertStyle(UpsertStyle value) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes, value, spellsNullOrder,
                batchKeysAreConsecutive, batchReturnsGeneratedKeys, cachedStatementsPerConnection, streamingFetchSize,
                streamingNeedsTransaction, cursorSeesLaterWrites, addsForeignKeysByAlter, checksForeignKeysPerStatement);
    }

    /** These features with the null order spelled out (or not). */
    public DialectFeatures withSpelledNullOrder(boolean value) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes, upsertStyle, value,
                batchKeysAreConsecutive, batchReturnsGeneratedKeys, cachedStatementsPerConnection, streamingFetchSize,
                streamingNeedsTransaction, cursorSeesLaterWrites, addsForeignKeysByAlter, checksForeignKeysPerStatement);
    }

    /** These features with how a batch's generated keys come back (consecutive; per row from the driver). */
    public DialectFeatures withBatchKeys(boolean consecutive, boolean returnedPerRow) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes, upsertStyle, spellsNullOrder,
                consecutive, returnedPerRow, cachedStatementsPerConnection, streamingFetchSize,
                streamingNeedsTransaction, cursorSeesLaterWrites, addsForeignKeysByAlter, checksForeignKeysPerStatement);
    }

    /** These features with read statements kept prepared per connection. */
    public DialectFeatures withCachedStatementsPerConnection(int value) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes, upsertStyle, spellsNullOrder,
                batchKeysAreConsecutive, batchReturnsGeneratedKeys, value, streamingFetchSize,
                streamingNeedsTransaction, cursorSeesLaterWrites, addsForeignKeysByAlter, checksForeignKeysPerStatement);
    }

    /** These features with how streams read (fetch size; own transaction; whether cursors see later writes). */
    public DialectFeatures withStreaming(int fetchSize, boolean needsTransaction, boolean seesLaterWrites) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes, upsertStyle, spellsNullOrder,
                batchKeysAreConsecutive, batchReturnsGeneratedKeys, cachedStatementsPerConnection, fetchSize,
                needsTransaction, seesLaterWrites, addsForeignKeysByAlter, checksForeignKeysPerStatement);
    }

    /** These features with how foreign keys are added and checked. */
    public DialectFeatures withForeignKeys(boolean addedByAlter, boolean checkedPerStatement) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes, upsertStyle, spellsNullOrder,
                batchKeysAreConsecutive, batchReturnsGeneratedKeys, cachedStatementsPerConnection, streamingFetchSize,
                streamingNeedsTransaction, cursorSeesLaterWrites, addedByAlter, checkedPerStatement);
    }
}

package org.ar4j.sql;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ar4j.Capability;

/**
 * What a SQL database can do and its limits, as data: the one place a dialect declares its capabilities. A dialect
 * states its differences from {@link #STANDARD} with withers
 * ({@code DialectFeatures.STANDARD.without(Capability.SAVEPOINTS).withMaxIdentifierBytes(63)}) and returns them from
 * {@link SqlDialect#features()}, which ar4j reads after {@link SqlDialect#initialize}: a dialect whose answer depends on
 * the server's version computes them there. {@link Capability#REPLICAS} is added when the dialect hands over a
 * {@link SqlDialect#replication()}.
 *
 * @param capabilities       what the backend can do
 * @param maxBindParameters  the driver's bind-parameter limit per statement
 * @param maxIdentifierBytes the longest table, column or index name kept as given, in UTF-8 bytes; a longer one is
 *                           refused when a model is first used instead of being truncated silently
 * @param generatedKeys      how a batch's generated keys come back
 * @param cachedStatementsPerConnection read statements kept prepared per pooled connection (0: none)
 * @param streaming          how streamed reads behave
 * @param foreignKeys        how foreign keys are added and checked
 */
public record DialectFeatures(Set<Capability> capabilities, int maxBindParameters, int maxIdentifierBytes,
                              GeneratedKeys generatedKeys, int cachedStatementsPerConnection, Streaming streaming,
                              ForeignKeys foreignKeys) {

    /**
     * Standard SQL: transactions, savepoints, raw SQL, window functions, foreign keys, subqueries, joins, row values
     * and an application's DataSource; 32,767 parameters; keys per row from the driver; streams with the driver's fetch size.
     */
    public static final DialectFeatures STANDARD = new DialectFeatures(EnumSet.of(Capability.TRANSACTIONS,
            Capability.SAVEPOINTS, Capability.RAW_SQL, Capability.WINDOW_FUNCTIONS, Capability.FOREIGN_KEYS,
            Capability.SUBQUERIES, Capability.JOINS, Capability.ROW_VALUES, Capability.DATA_SOURCE,
            Capability.FIELD_TO_FIELD_UPDATES), 32_767, Integer.MAX_VALUE,
            new GeneratedKeys(false, true), 0, new Streaming(0, false, false), new ForeignKeys(true, true));

    /**
     * How generated keys of a batch of inserts come back.
     *
     * @param consecutive    whether, in a transaction, a batch receives consecutive keys ending at the last one
     *                       (SQLite's rowids), read back with {@link SqlSyntax.Commands#lastGeneratedKey()}
     * @param returnedPerRow whether {@code executeBatch} then {@code getGeneratedKeys} gives one key per row
     */
    public record GeneratedKeys(boolean consecutive, boolean returnedPerRow) {
    }

    /**
     * How streamed reads behave.
     *
     * @param fetchSize        the JDBC fetch size for streamed reads (0: the driver's default)
     * @param needsTransaction whether a stream needs a transaction of its own for the fetch size to work
     * @param seesLaterWrites  whether a cursor sees rows its own connection writes after it opened (then streams
     *                         inside a transaction buffer)
     */
    public record Streaming(int fetchSize, boolean needsTransaction, boolean seesLaterWrites) {
    }

    /**
     * How foreign keys behave.
     *
     * @param addedByAlter        whether foreign keys can be added to an existing table
     * @param checkedPerStatement whether they are checked per statement rather than row by row (only then does a
     *                            table get a foreign key to itself)
     */
    public record ForeignKeys(boolean addedByAlter, boolean checkedPerStatement) {
    }

    /** Copies the capabilities. */
    public DialectFeatures {
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
    }

    /** These features with exactly the given capabilities. */
    public DialectFeatures withCapabilities(Set<Capability> value) {
        return new DialectFeatures(value, maxBindParameters, maxIdentifierBytes, generatedKeys,
                cachedStatementsPerConnection, streaming, foreignKeys);
    }

    /** These features with more capabilities. */
    public DialectFeatures with(Capability... added) {
        EnumSet<Capability> all = EnumSet.noneOf(Capability.class);
        all.addAll(capabilities);
        all.addAll(List.of(added));
        return withCapabilities(all);
    }

    /** These features without some capabilities. */
    public DialectFeatures without(Capability... removed) {
        EnumSet<Capability> all = EnumSet.noneOf(Capability.class);
        all.addAll(capabilities);
        List.of(removed).forEach(all::remove);
        return withCapabilities(all);
    }

    /** These features with another bind-parameter limit. */
    public DialectFeatures withMaxBindParameters(int value) {
        return new DialectFeatures(capabilities, value, maxIdentifierBytes, generatedKeys,
                cachedStatementsPerConnection, streaming, foreignKeys);
    }

    /** These features with another identifier limit. */
    public DialectFeatures withMaxIdentifierBytes(int value) {
        return new DialectFeatures(capabilities, maxBindParameters, value, generatedKeys,
                cachedStatementsPerConnection, streaming, foreignKeys);
    }

    /** These features with how a batch's generated keys come back (consecutive; per row from the driver). */
    public DialectFeatures withBatchKeys(boolean consecutive, boolean returnedPerRow) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes,
                new GeneratedKeys(consecutive, returnedPerRow), cachedStatementsPerConnection, streaming, foreignKeys);
    }

    /** These features with read statements kept prepared per connection. */
    public DialectFeatures withCachedStatementsPerConnection(int value) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes, generatedKeys, value,
                streaming, foreignKeys);
    }

    /** These features with how streams read (fetch size; own transaction; whether cursors see later writes). */
    public DialectFeatures withStreaming(int fetchSize, boolean needsTransaction, boolean seesLaterWrites) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes, generatedKeys,
                cachedStatementsPerConnection, new Streaming(fetchSize, needsTransaction, seesLaterWrites),
                foreignKeys);
    }

    /** These features with how foreign keys are added and checked. */
    public DialectFeatures withForeignKeys(boolean addedByAlter, boolean checkedPerStatement) {
        return new DialectFeatures(capabilities, maxBindParameters, maxIdentifierBytes, generatedKeys,
                cachedStatementsPerConnection, streaming, new ForeignKeys(addedByAlter, checkedPerStatement));
    }
}

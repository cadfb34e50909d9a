package org.ar4j.spi;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

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

    /** Opens a cursor over the rows a select returns. */
    RowCursor find(Select select);

    /**
     * Opens a cursor meant to be read through once without holding every row in memory (for
     * {@code Query.stream()}); by default the same as {@link #find(Select)}.
     */
    default RowCursor stream(Select select) {
        return find(select);
    }

    /** Counts the rows a select returns (honouring its limit and offset). */
    long count(Select select);

    /** Inserts rows; returns each row's primary key (generated or given), in order. */
    List<Object> insert(InsertRows insert);

    /** Updates matching rows; returns how many. */
    long update(UpdateRows update);

    /** Deletes matching rows; returns how many. */
    long delete(DeleteRows delete);

    /** Creates a table with its indexes; with {@code ifMissing}, does nothing if it exists. */
    void createTable(TableSpec table, boolean ifMissing);

    /** Drops a table; with {@code ifExists}, does nothing if it is missing. */
    void dropTable(TableSpec table, boolean ifExists);

    /**
     * Runs work in a transaction on the calling thread: commit on return, rollback on exception.
     * A nested call runs in a savepoint. Backends without {@link Capability#TRANSACTIONS} throw
     * {@link UnsupportedCapabilityException}.
     */
    <R> R transaction(Callable<R> work) throws Exception;

    /** Whether the calling thread is inside {@link #transaction(Callable)}. */
    boolean inTransaction();

    /** Releases connections and other resources. */
    @Override
    void close();
}

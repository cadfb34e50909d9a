package org.ar4j.spi;

/**
 * Rows returned by {@link Backend#read(Read)}, read forward once. Not thread-safe. Closing it
 * releases the underlying cursor and reports the read to the query listeners.
 */
public interface RowCursor extends AutoCloseable {
    /** Advances to the next row; false when there are no more. */
    boolean next();

    /**
     * The value of the current row's column at {@code index} in {@link Select#columns()}, as the
     * canonical Java type of the column's {@link ColumnType}, or null.
     */
    Object get(int index);

    /** Releases the cursor. Idempotent. */
    @Override
    void close();
}

package org.ar4j.spi;

import java.util.List;

/**
 * A secondary index.
 *
 * @param name    a name unique in the database
 * @param columns the indexed columns, in order
 * @param unique  whether the index enforces uniqueness
 */
public record IndexSpec(String name, List<String> columns, boolean unique) {
    /** Copies the column list. */
    public IndexSpec {
        columns = List.copyOf(columns);
    }
}

package org.ar4j.spi;

import java.util.List;

/**
 * A secondary index: on columns, or on the value at a path inside one JSON column.
 *
 * <p>A path index ({@code path} not empty) has the JSON column as its only column; backends create it only where they
 * declare {@link org.ar4j.Capability#JSON_PATH_INDEXES}, and validate finds it by name. A backend that keeps the
 * indexed value in a helper column (MySQL's indexed virtual column) names that column after the index, and validate
 * does not report it as a column without a field.
 *
 * @param name    a name unique in the database
 * @param columns the indexed columns, in order
 * @param unique  whether the index enforces uniqueness
 * @param path    for an index on a value inside a JSON column, its object keys (String) and array indexes (Integer);
 *                empty otherwise
 */
public record IndexSpec(String name, List<String> columns, boolean unique, List<Object> path) {
    /** Copies the lists; a path index is on one column and not unique. */
    public IndexSpec {
        columns = List.copyOf(columns);
        path = List.copyOf(path);
        if (!path.isEmpty() && (columns.size() != 1 || unique)) {
            throw new IllegalArgumentException("index " + name + ": a JSON path index is on one column and not unique");
        }
    }

    /** An index on columns. */
    public IndexSpec(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, List.of());
    }

    /** Whether this index is on a value inside a JSON column. */
    public boolean onPath() {
        return !path.isEmpty();
    }
}

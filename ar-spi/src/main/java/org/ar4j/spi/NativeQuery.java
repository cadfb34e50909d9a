package org.ar4j.spi;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A native SQL query written by the application ({@code db.sql(Type.class, sql, args)}), for backends with
 * {@code Capability.RAW_SQL}. The backend binds the parameters in order (each {@code ?} outside quotes and
 * comments takes one), runs it, and asks {@code columnTypes} which type each result column is read as, given the
 * result's column labels in order; the cursor then returns canonical values like a {@link Select}'s.
 *
 * @param sql         the SQL text, as written
 * @param parameters  the values of its placeholders, in order (String, numbers, booleans, temporals, UUID, null)
 * @param model       what the rows become, for statement events and messages
 * @param columnTypes the type of each result column, given the labels; it throws when a label fits nothing
 */
public record NativeQuery(String sql, List<Object> parameters, String model,
                          Function<List<String>, List<ColumnType>> columnTypes) {
    /** Checks and copies. */
    public NativeQuery {
        Objects.requireNonNull(sql, "sql");
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
        Objects.requireNonNull(columnTypes, "columnTypes");
    }
}

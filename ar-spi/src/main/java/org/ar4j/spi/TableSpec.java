package org.ar4j.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table (or collection) as a backend sees it: its columns, primary key and indexes, and the model it
 * stores, for messages. Immutable; one instance per model, shared by every operation on it, so backends
 * may cache per instance (equality is identity).
 */
public final class TableSpec {
    private final String name;
    private final List<ColumnSpec> columns;
    private final List<IndexSpec> indexes;
    private final List<ForeignKeySpec> foreignKeys;
    private final String model;
    private final Map<String, ColumnSpec> byName;
    private final ColumnSpec primaryKey;
    /** Every primary-key column: one, the parts of a composite key in order, or none. */
    private final List<ColumnSpec> keyColumns;
    /** Document paths of the columns of embedded values ("address_city" to "address.city"); empty for none. */
    private final Map<String, String> documentPaths;
    /** The column that holds each row's tenant ({@code @TenantId}), or null for a table shared by all tenants. */
    private final String tenantColumn;

    /**
     * Creates a spec.
     *
     * @param name    the table name
     * @param columns the columns, primary key first
     * @param indexes secondary indexes (foreign keys and unique columns)
     * @param model   the model's name for messages (its simple class name)
     */
    public TableSpec(String name, List<ColumnSpec> columns, List<IndexSpec> indexes, String model) {
        this(name, columns, indexes, List.of(), model);
    }

    /**
     * Creates a spec with foreign-key constraints.
     *
     * @param name        the table name
     * @param columns     the columns, primary key first
     * @param indexes     secondary indexes (foreign keys and unique columns)
     * @param foreignKeys the foreign-key constraints to declare
     * @param model       the model's name for messages (its simple class name)
     */
    public TableSpec(String name, List<ColumnSpec> columns, List<IndexSpec> indexes, List<ForeignKeySpec> foreignKeys,
                     String model) {
        this.name = Objects.requireNonNull(name, "name");
        this.columns = List.copyOf(columns);
        this.indexes = List.copyOf(indexes);
        this.foreignKeys = List.copyOf(foreignKeys);
        this.model = Objects.requireNonNull(model, "model");
        Map<String, ColumnSpec> map = new HashMap<>();
        List<ColumnSpec> keys = new ArrayList<>();
        for (ColumnSpec c : this.columns) {
            map.put(c.name(), c);
            if (c.primaryKey()) {
                keys.add(c);
            }
        }
        this.byName = Map.copyOf(map);
        this.keyColumns = List.copyOf(keys);
        this.primaryKey = keys.size() == 1 ? keys.get(0) : null;
        this.documentPaths = Map.of();
        this.tenantColumn = null;
    }

    private TableSpec(TableSpec t, List<IndexSpec> indexes, List<ForeignKeySpec> foreignKeys,
                      Map<String, String> documentPaths, String tenantColumn) {
        this.name = t.name;
        this.columns = t.columns;
        this.indexes = List.copyOf(indexes);
        this.foreignKeys = List.copyOf(foreignKeys);
        this.model = t.model;
        this.byName = t.byName;
        this.primaryKey = t.primaryKey;
        this.keyColumns = t.keyColumns;
        this.documentPaths = Map.copyOf(documentPaths);
        this.tenantColumn = tenantColumn;
    }

    /** A spec whose model name is its table name. */
    public TableSpec(String name, List<ColumnSpec> columns, List<IndexSpec> indexes) {
        this(name, columns, indexes, name);
    }

    /** The table name. */
    public String name() {
        return name;
    }

    /** The columns, primary key first. */
    public List<ColumnSpec> columns() {
        return columns;
    }

    /** Secondary indexes (foreign keys and unique columns). */
    public List<IndexSpec> indexes() {
        return indexes;
    }

    /** The model stored in the table, for messages. */
    public String model() {
        return model;
    }

    /** The foreign-key constraints to declare. */
    public List<ForeignKeySpec> foreignKeys() {
        return foreignKeys;
    }

    /** The same table with other indexes. */
    public TableSpec withIndexes(List<IndexSpec> otherIndexes) {
        return new TableSpec(this, otherIndexes, foreignKeys, documentPaths, tenantColumn);
    }

    /** The same table with other indexes and foreign keys. */
    public TableSpec with(List<IndexSpec> otherIndexes, List<ForeignKeySpec> otherForeignKeys) {
        return new TableSpec(this, otherIndexes, otherForeignKeys, documentPaths, tenantColumn);
    }

    /**
     * The same table whose columns of embedded values have these document paths ({@code address_city} to
     * {@code address.city}): where a document backend keeps each one, as a field of a subdocument.
     */
    public TableSpec withDocumentPaths(Map<String, String> paths) {
        return new TableSpec(this, indexes, foreignKeys, paths, tenantColumn);
    }

    /**
     * The same table whose rows each belong to one tenant, named by {@code column}: ar4j's core adds
     * "this tenant's rows" to every command on it; backends need not look at it.
     */
    public TableSpec withTenantColumn(String column) {
        if (column != null && !byName.containsKey(column)) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return new TableSpec(this, indexes, foreignKeys, documentPaths, column);
    }

    /** The column holding each row's tenant, or null for a table shared by every tenant. */
    public String tenantColumn() {
        return tenantColumn;
    }

    /**
     * Where a document backend keeps a column: a dotted path into subdocuments for a column of an embedded value,
     * else the column name itself. SQL backends use column names only.
     */
    public String documentPath(String columnName) {
        return documentPaths.getOrDefault(columnName, columnName);
    }

    /** Whether any column lives in a subdocument (the model embeds values). */
    public boolean hasDocumentPaths() {
        return !documentPaths.isEmpty();
    }

    /**
     * Whether {@code column} is the single primary-key column (false for every column of a table without one, such
     * as a view, and for the parts of a composite key: see {@link #primaryKeyColumns()}).
     */
    public boolean isPrimaryKey(String column) {
        return primaryKey != null && primaryKey.name().equals(column);
    }

    /** Whether the table has a single-column primary key ({@link #primaryKey()}). */
    public boolean hasSingleKey() {
        return primaryKey != null;
    }

    /**
     * The primary-key columns: the one key column, the parts of a composite key in the order the model declares
     * them (a table-level {@code PRIMARY KEY (a, b)}), or none for a view without a key.
     */
    public List<ColumnSpec> primaryKeyColumns() {
        return keyColumns;
    }

    /** Whether the primary key has two or more columns. */
    public boolean hasCompositeKey() {
        return keyColumns.size() > 1;
    }

    /** The single primary-key column; an {@link IllegalStateException} for a composite key or none. */
    public ColumnSpec primaryKey() {
        if (primaryKey == null) {
            throw new IllegalStateException("table " + name + (keyColumns.isEmpty() ? " has no primary key"
                    : " has a composite primary key; see primaryKeyColumns()"));
        }
        return primaryKey;
    }

    /** A column by name. */
    public ColumnSpec column(String columnName) {
        ColumnSpec c = byName.get(columnName);
        if (c == null) {
            throw new IllegalArgumentException("table " + name + " has no column " + columnName);
        }
        return c;
    }

    /** The type of a column. */
    public ColumnType typeOf(String columnName) {
        return column(columnName).type();
    }

    /** "Model.field" for a column, for messages. */
    public String describe(String columnName) {
        ColumnSpec c = byName.get(columnName);
        return model + "." + (c == null ? columnName : c.field());
    }

    @Override
    public String toString() {
        return "TableSpec[" + name + " (" + model + "), columns=" + columns + ", indexes=" + indexes + ", foreignKeys="
                + foreignKeys + "]";
    }
}

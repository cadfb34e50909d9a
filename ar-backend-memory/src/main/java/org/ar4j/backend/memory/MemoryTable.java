package org.ar4j.backend.memory;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;

/**
 * One table: its declared columns and indexes, its rows (values in column order), and the next generated id. A
 * table belongs to one generation of a {@link MemoryState}; a later generation copies it before writing, so a
 * committed state or a savepoint never changes under its readers.
 */
final class MemoryTable {
    private final String name;
    private final List<ColumnSpec> columnSpecs;
    private final List<String> columns;
    private final List<IndexSpec> indexes;
    private final List<ForeignKeySpec> foreignKeys;
    private final List<Object[]> rows;
    private final long generation;
    private long lastId;

    private MemoryTable(String name, List<ColumnSpec> columnSpecs, List<IndexSpec> indexes,
                        List<ForeignKeySpec> foreignKeys, List<Object[]> rows, long lastId, long generation) {
        this.name = name;
        this.columnSpecs = List.copyOf(columnSpecs);
        this.columns = columnSpecs.stream().map(ColumnSpec::name).toList();
        this.indexes = List.copyOf(indexes);
        this.foreignKeys = List.copyOf(foreignKeys);
        this.rows = rows;
        this.lastId = lastId;
        this.generation = generation;
    }

    /** An empty table as the spec declares it. */
    static MemoryTable create(TableSpec spec, long generation) {
        return new MemoryTable(spec.name(), spec.columns(), spec.indexes(), spec.foreignKeys(), new ArrayList<>(), 0,
                generation);
    }

    /** A copy of this table for a later generation (rows are copied, their arrays too: updates change them). */
    MemoryTable copy(long newGeneration) {
        return new MemoryTable(name, columnSpecs, indexes, foreignKeys, copiedRows(), lastId, newGeneration);
    }

    private List<Object[]> copiedRows() {
        List<Object[]> copied = new ArrayList<>(rows.size());
        rows.forEach(r -> copied.add(r.clone()));
        return copied;
    }

    /** This table with one more column holding {@code value} in every row, for a later generation. */
    MemoryTable withColumn(ColumnSpec column, Object value, long newGeneration) {
        List<ColumnSpec> more = new ArrayList<>(columnSpecs);
        more.add(column);
        List<Object[]> widened = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Object[] w = java.util.Arrays.copyOf(r, r.length + 1);
            w[r.length] = value;
            widened.add(w);
        }
        return new MemoryTable(name, more, indexes, foreignKeys, widened, lastId, newGeneration);
    }

    /** This table with one more foreign key (checked by the caller), for a later generation. */
    MemoryTable withForeignKey(ForeignKeySpec fk, long newGeneration) {
        List<ForeignKeySpec> more = new ArrayList<>(foreignKeys);
        more.add(fk);
        return new MemoryTable(name, columnSpecs, indexes, more, copiedRows(), lastId, newGeneration);
    }

    List<ForeignKeySpec> foreignKeys() {
        return foreignKeys;
    }

    /** This table with one more index (checked by the caller) for a later generation. */
    MemoryTable withIndex(IndexSpec index, long newGeneration) {
        List<IndexSpec> more = new ArrayList<>(indexes);
        more.add(index);
        return new MemoryTable(name, columnSpecs, more, foreignKeys, copiedRows(), lastId, newGeneration);
    }

    /** This table with a column's nullability changed, for a later generation. */
    MemoryTable withNullable(String column, boolean nullable, long newGeneration) {
        List<ColumnSpec> changed = new ArrayList<>();
        for (ColumnSpec c : columnSpecs) {
            changed.add(!c.name().equals(column) ? c : c.withNullable(nullable));
        }
        return new MemoryTable(name, changed, indexes, foreignKeys, copiedRows(), lastId, newGeneration);
    }

    String name() {
        return name;
    }

    long generation() {
        return generation;
    }

    List<ColumnSpec> columnSpecs() {
        return columnSpecs;
    }

    List<String> columns() {
        return columns;
    }

    List<IndexSpec> indexes() {
        return indexes;
    }

    /** The rows, in insertion order; writable only by the generation the table belongs to. */
    List<Object[]> rows() {
        return rows;
    }

    /** The position of a column; -1 when the table has no such column. */
    int index(String column) {
        return columns.indexOf(column);
    }

    /** Takes {@code n} generated ids, returning the first; none past Long.MAX_VALUE. */
    long takeIds(int n) {
        if (lastId > Long.MAX_VALUE - n) {
            throw new org.ar4j.BackendException("Table " + name + " on memory has no generated id left after "
                    + lastId + " (the largest id is Long.MAX_VALUE)");
        }
        long first = lastId + 1;
        lastId += n;
        return first;
    }

    /** Generated ids continue after an explicit {@code id}. */
    void advancePast(long id) {
        lastId = Math.max(lastId, id);
    }
}

package org.ar4j.backend.memory;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.ConstraintViolationException;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.ColumnRef;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpdateRows;
import org.ar4j.spi.UpsertRows;

/**
 * Inserts, upserts, updates and deletes on a state of one statement; the table's constraints (not null, primary
 * key, unique indexes) are checked after the statement, and a violation throws before the state is kept, so a
 * failed statement changes nothing.
 */
final class MemoryWrites {
    private MemoryWrites() {
    }

    /** Inserts the rows; the keys, generated where the primary key is not given, in row order. */
    static List<Object> insert(MemoryState state, InsertRows insert) {
        MemoryTable t = state.writable(insert.table().name());
        List<Object> keys = append(t, insert);
        check(t, insert.table());
        checkForeignKeys(state, t.name());
        return keys;
    }

    /** Appends the rows (keys generated where not given), unchecked; the keys in row order. */
    private static List<Object> append(MemoryTable t, InsertRows insert) {
        if (!insert.table().hasSingleKey()) {   // a composite key: every part given, one null key per row
            for (Object[] given : insert.rows()) {
                t.rows().add(widen(t, insert.columns(), given));
            }
            return new ArrayList<>(java.util.Collections.nCopies(insert.rows().size(), null));
        }
        ColumnSpec pk = insert.table().primaryKey();
        boolean generate = !insert.columns().contains(pk.name());
        long first = generate ? t.takeIds(insert.rows().size()) : 0;
        List<Object> keys = new ArrayList<>(insert.rows().size());
        for (int r = 0; r < insert.rows().size(); r++) {
            Object[] row = widen(t, insert.columns(), insert.rows().get(r));
            int k = t.index(pk.name());
            if (generate) {
                row[k] = pk.type() == ColumnType.INTEGER ? (Object) Math.toIntExact(first + r) : (Object) (first + r);
            } else if (pk.generated() && row[k] instanceof Number n) {
                t.advancePast(n.longValue());
            }
            keys.add(row[k]);
            t.rows().add(row);
        }
        return keys;
    }

    /** Inserts each row, or, where a row with the same conflict values exists, updates it (version + 1). */
    static void upsert(MemoryState state, UpsertRows u) {
        MemoryTable t = state.writable(u.table().name());
        ColumnSpec pk = u.table().hasSingleKey() ? u.table().primaryKey() : null;
        int[] conflict = u.conflict().stream().mapToInt(t::index).toArray();
        for (Object[] given : u.rows()) {
            Object[] row = widen(t, u.columns(), given);
            Object[] existing = find(t, conflict, row);
            if (existing == null) {
                append(t, new InsertRows(u.table(), u.columns(), List.<Object[]>of(given)));
                continue;
            }
            for (String c : u.updated()) {
                existing[t.index(c)] = row[t.index(c)];
            }
            if (u.version() != null) {
                int v = t.index(u.version());
                existing[v] = increment(existing[v]);
            }
            if (pk != null && pk.generated() && u.columns().contains(pk.name()) && row[t.index(pk.name())] instanceof Number n) {
                t.advancePast(n.longValue());
            }
        }
        check(t, u.table());
        checkForeignKeys(state, t.name());
    }

    private static Object[] find(MemoryTable t, int[] conflict, Object[] row) {
        for (int c : conflict) {
            if (row[c] == null) {
                return null;
            }
        }
        for (Object[] r : t.rows()) {
            boolean same = true;
            for (int c : conflict) {
                same &= r[c] != null && MemoryValues.same(r[c], row[c]);
            }
            if (same) {
                return r;
            }
        }
        return null;
    }

    /** Sets the values (and increments the version columns) of the matching rows; how many matched. */
    static long update(MemoryState state, UpdateRows u) {
        MemoryTable t = state.writable(u.table().name());
        long n = 0;
        for (Object[] r : t.rows()) {
            if (RowTruth.matches(u.where(), t.columns(), r, state)) {
                Object[] old = r.clone();   // every assignment reads the row as it was, as in SQL
                for (Map.Entry<String, Object> e : u.values().entrySet()) {
                    r[t.index(e.getKey())] = e.getValue() instanceof ColumnRef ref ? computed(old[t.index(ref.column())],
                            ref.delta()) : e.getValue();
                }
                for (String c : u.increments()) {
                    r[t.index(c)] = increment(r[t.index(c)]);
                }
                n++;
            }
        }
        check(t, u.table());
        checkForeignKeys(state, t.name());
        return n;
    }

    /** Removes the matching rows; how many. */
    static long delete(MemoryState state, DeleteRows d) {
        MemoryTable t = state.writable(d.table().name());
        int before = t.rows().size();
        t.rows().removeIf(r -> RowTruth.matches(d.where(), t.columns(), r, state));
        checkForeignKeys(state, t.name());
        return before - t.rows().size();
    }

    /** A column's value plus a delta of its own type; null stays null. */
    private static Object computed(Object v, Number delta) {
        if (v == null || delta == null) {
            return v;
        }
        if (v instanceof Integer i) {
            return Math.addExact(i, delta.intValue());
        }
        if (v instanceof Long l) {
            return Math.addExact(l, delta.longValue());
        }
        if (v instanceof java.math.BigDecimal b) {
            return b.add((java.math.BigDecimal) delta);
        }
        return ((Double) v) + delta.doubleValue();
    }

    private static Object increment(Object v) {
        if (v instanceof Integer i) {
            return i + 1;
        }
        return v == null ? null : ((Long) v) + 1;
    }

    /** A full row of the table from the given columns (others null). */
    private static Object[] widen(MemoryTable t, List<String> columns, Object[] values) {
        Object[] row = new Object[t.columns().size()];
        for (int i = 0; i < columns.size(); i++) {
            int at = t.index(columns.get(i));
            if (at < 0) {
                throw new org.ar4j.BackendException("No column " + columns.get(i) + " in table " + t.name()
                        + " on memory");
            }
            row[at] = values[i];
        }
        return row;
    }

    /** Not null, then the primary key and every unique index (rows with a null in the key never collide). */
    static void check(MemoryTable t, TableSpec spec) {
        for (ColumnSpec c : t.columnSpecs()) {
            int i = t.index(c.name());
            if (!c.nullable() || c.primaryKey()) {
                for (Object[] r : t.rows()) {
                    if (r[i] == null) {
                        throw new ConstraintViolationException(ConstraintViolationException.Kind.NOT_NULL,
                                List.of(spec.describe(c.name())), spec.describe(c.name()) + " must not be null (NOT NULL"
                                + " constraint on " + t.name() + "." + c.name() + ")", null);
                    }
                }
            }
        }
        // the table's own primary key, as created: a statement's model may map another column as its id
        List<String> key = t.columnSpecs().stream().filter(ColumnSpec::primaryKey).map(ColumnSpec::name).toList();
        if (!key.isEmpty()) {
            unique(t, spec, key);
        }
        for (IndexSpec ix : t.indexes()) {
            if (ix.unique()) {
                unique(t, spec, ix.columns());
            }
        }
    }

    /**
     * Every foreign key from or to the table written: each non-null key must name a stored row (no action on
     * delete: a referenced row cannot go). The violation names the constraint; ar4j names the fields.
     */
    static void checkForeignKeys(MemoryState state, String written) {
        for (MemoryTable t : state.tables()) {
            for (ForeignKeySpec fk : t.foreignKeys()) {
                if ((t.name().equals(written) || fk.referencedTable().equals(written)) && state.has(fk.referencedTable())) {
                    checkForeignKey(state, t, fk);
                }
            }
        }
    }

    private static void checkForeignKey(MemoryState state, MemoryTable t, ForeignKeySpec fk) {
        MemoryTable parent = state.table(fk.referencedTable());
        int p = parent.index(fk.referencedColumn());
        Set<Object> keys = new HashSet<>();
        for (Object[] r : parent.rows()) {
            keys.add(MemoryReads.normalized(r[p]));
        }
        int c = t.index(fk.column());
        for (Object[] r : t.rows()) {
            if (r[c] != null && !keys.contains(MemoryReads.normalized(r[c]))) {
                throw new ConstraintViolationException(ConstraintViolationException.Kind.FOREIGN_KEY, List.of(),
                        "FOREIGN KEY constraint " + fk.name() + " failed: " + t.name() + "." + fk.column()
                                + " refers to no row of " + fk.referencedTable() + "." + fk.referencedColumn(), null);
            }
        }
    }

    private static void unique(MemoryTable t, TableSpec spec, List<String> columns) {
        int[] at = columns.stream().mapToInt(t::index).toArray();
        Set<List<Object>> seen = new HashSet<>();
        for (Object[] r : t.rows()) {
            List<Object> key = new ArrayList<>(at.length);
            for (int i : at) {
                key.add(r[i] instanceof byte[] b ? ByteBuffer.wrap(b) : MemoryReads.normalized(r[i]));
            }
            if (key.contains(null)) {
                continue;
            }
            if (!seen.add(key)) {
                List<String> fields = columns.stream().map(spec::describe).toList();
                throw new ConstraintViolationException(ConstraintViolationException.Kind.UNIQUE, fields,
                        "Duplicate value for " + String.join(", ", fields) + ": a " + spec.model()
                                + " with the same value is already stored (unique key " + columns + " of " + t.name() + ")",
                        null);
            }
        }
    }
}

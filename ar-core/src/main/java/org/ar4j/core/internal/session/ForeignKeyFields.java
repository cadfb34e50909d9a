package org.ar4j.core.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ar4j.ConstraintViolationException;
import org.ar4j.ConstraintViolationException.Kind;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelSet;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.TableSpec;

/**
 * Names the fields of a foreign-key violation the database did not name (SQLite never does; a delete's violation is
 * on another table's key), from the BelongsTo keys of the models the database
 * serves: for a write, the keys it set; for a delete, the keys
 * of other tables that refer to this one. Where the driver's message names a constraint, only that one counts.
 */
final class ForeignKeyFields {
    private ForeignKeyFields() {
    }

    /** One BelongsTo key as the schema declares it: its field, its column, the table it refers to. */
    private record Key(String field, String table, String column, String referencedTable, String constraint) {
    }

    /** The foreign keys the schema declares for the database's models (see RelationInfo.foreignKey). */
    private static List<Key> keys(ModelSet models) {
        List<Key> keys = new ArrayList<>();
        for (ModelInfo m : models.all()) {
            for (RelationInfo r : m.relations().values()) {
                ForeignKeySpec fk = r.owner() == m ? r.foreignKey() : null;
                if (fk != null) {
                    keys.add(new Key(r.ownerKey().qualifiedName(), m.table(), fk.column(), fk.referencedTable(), fk.name()));
                }
            }
        }
        return keys;
    }

    /** A write's violation: this table's keys among the columns the statement set to a non-null value. */
    static RuntimeException ofWrite(ModelSet models, RuntimeException e, TableSpec t, List<String> setColumns) {
        if (!unnamed(e)) {
            return e;
        }
        List<Key> candidates = keys(models).stream().filter(k -> k.table().equalsIgnoreCase(t.name())
                && setColumns.stream().anyMatch(c -> c.equalsIgnoreCase(k.column()))).toList();
        List<String> fields = fields(e, candidates);
        return fields.isEmpty() ? e : new ConstraintViolationException(Kind.FOREIGN_KEY, fields, "A foreign key of "
                + String.join(" or ", fields) + " would refer to a missing record: save the referenced record first, or"
                + " fix the key (" + e.getMessage() + ")", e.getCause());
    }

    /** A delete's violation: the keys of other tables that refer to this one. */
    static RuntimeException ofDelete(ModelSet models, RuntimeException e, TableSpec t) {
        if (!unnamed(e)) {
            return e;
        }
        List<String> fields = fields(e, keys(models).stream().filter(k -> k.referencedTable().equalsIgnoreCase(t.name()))
                .toList());
        return fields.isEmpty() ? e : new ConstraintViolationException(Kind.FOREIGN_KEY, fields, "A " + t.model()
                + " being deleted is still referred to by " + String.join(" or ", fields) + ": delete or re-point those"
                + " records first (dependent(...) on the relation does it) (" + e.getMessage() + ")", e.getCause());
    }

    /** The columns an insert sets to a non-null value in any of its rows. */
    static List<String> setInAnyRow(List<String> columns, List<Object[]> rows) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            for (Object[] row : rows) {
                if (row[i] != null) {
                    out.add(columns.get(i));
                    break;
                }
            }
        }
        return out;
    }

    /** The non-null values an update sets. */
    static List<String> setNonNull(Map<String, Object> values) {
        return values.entrySet().stream().filter(v -> v.getValue() != null).map(Map.Entry::getKey).toList();
    }

    private static boolean unnamed(RuntimeException e) {
        return e instanceof ConstraintViolationException c && c.kind() == Kind.FOREIGN_KEY && c.fields().isEmpty();
    }

    /** The candidates' fields: those whose constraint the message names, or all when it names none. */
    private static List<String> fields(RuntimeException e, List<Key> candidates) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        List<Key> byName = candidates.stream().filter(k -> text.contains(k.constraint().toLowerCase(Locale.ROOT))).toList();
        return (byName.isEmpty() ? candidates : byName).stream().map(Key::field).distinct().toList();
    }
}

package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ar4j.spi.Read;
import org.ar4j.spi.Filter;
import org.ar4j.schema.SchemaProblem;
import org.ar4j.schema.SchemaProblem.Kind;
import org.ar4j.spi.Backend;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;

/**
 * The differences between tables as the models declare them and as the database's catalogue has them: the
 * problems (for the report) and the changes that fix what can be fixed without losing data (for the
 * migration). Anything that could lose data is only a note.
 */
final class SchemaDiff {
    final List<SchemaProblem> problems = new ArrayList<>();
    final List<SchemaChange> changes = new ArrayList<>();
    private final Backend backend;

    /** The tables of read-only models (views): compared by their columns' presence and types only. */
    private final Set<String> readOnly;

    /** The texts each enum field stores, by {@code table.column}: an enum-typed column must have them all as labels. */
    private final Map<String, Set<String>> enumTexts;

    private SchemaDiff(Backend backend, Set<String> readOnly, Map<String, Set<String>> enumTexts) {
        this.backend = backend;
        this.readOnly = readOnly;
        this.enumTexts = enumTexts;
    }

    /** Compares every table, in the given order (referenced tables first). */
    static SchemaDiff of(Backend backend, List<TableSpec> tables, Set<String> readOnly,
                         Map<String, Set<String>> enumTexts) {
        SchemaDiff d = new SchemaDiff(backend, readOnly, enumTexts);
        for (TableSpec t : tables) {
            Optional<LiveTable> live = backend.inspect(t);
            if (live.isEmpty() && readOnly.contains(t.name())) {
                d.problem(Kind.MISSING_TABLE, t, null, t.name() + " does not exist", "create the view or table "
                        + t.model() + " reads (ar4j creates none for a read-only model)");
                d.changes.add(new SchemaChange.Note(t, t.name() + " does not exist: " + t.model() + " is read-only;"
                        + " create its view by hand"));
            } else if (live.isEmpty()) {
                d.problem(Kind.MISSING_TABLE, t, null, t.name() + " does not exist", "create it (schema().createIfMissing("
                        + t.model() + ".class), or apply the migration script)");
                d.changes.add(new SchemaChange.CreateTable(t));
            } else {
                d.compare(t, live.get());
            }
        }
        return d;
    }

    private void compare(TableSpec t, LiveTable live) {
        columns(t, live);
        if (readOnly.contains(t.name())) {
            return;   // a view has no keys, indexes or constraints of its own
        }
        List<String> key = t.primaryKeyColumns().stream().map(ColumnSpec::name).toList();
        if (key.stream().allMatch(c -> live.column(c) != null) && !live.keepsUnique(key)) {
            String cols = String.join(", ", key);
            String what = key.size() == 1 ? "the @Id column " + cols : "the composite key (" + cols + ")";
            problem(Kind.ID_NOT_UNIQUE, t, t.primaryKeyColumns().get(0).field(), what + " has no primary key or unique"
                    + " constraint, so an id may name many rows" + (key.size() == 1 ? " (writes by id then run"
                    + " atomically and refuse to touch more than one)" : ""), "add a primary key or unique constraint on ("
                    + cols + "), or map the table's real key with @Id");
            changes.add(new SchemaChange.Note(t, (key.size() == 1 ? t.describe(cols) : "(" + cols + ")") + " is the"
                    + " model's key but has no primary key or unique constraint: add one by hand once its values are"
                    + " unique"));
        }
        for (IndexSpec ix : t.indexes()) {
            if (!hasIndex(live, ix)) {
                problem(ix.unique() ? Kind.MISSING_UNIQUE : Kind.MISSING_INDEX, t, fieldOf(t, ix.columns().get(0)),
                        "no " + (ix.unique() ? "unique " : "") + "index on " + String.join(", ", ix.columns())
                                + (ix.onPath() ? " at the JSON path " + ix.path().stream().map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(".")) : ""),
                        "create index " + ix.name());
                changes.add(new SchemaChange.CreateIndex(t, ix));
            }
        }
        for (ForeignKeySpec fk : t.foreignKeys()) {
            boolean present = live.foreignKeys().stream().anyMatch(l -> l.column().equalsIgnoreCase(fk.column())
                    && l.referencedTable().equalsIgnoreCase(fk.referencedTable()));
            if (!present) {
                problem(Kind.MISSING_FOREIGN_KEY, t, fieldOf(t, fk.column()), "no foreign key from " + fk.column() + " to "
                        + fk.referencedTable() + "." + fk.referencedColumn(), "add constraint " + fk.name()
                        + " (rows referring to missing keys must be fixed first)");
                changes.add(new SchemaChange.AddForeignKey(t, fk));
            }
        }
    }

    private void columns(TableSpec t, LiveTable live) {
        for (ColumnSpec c : t.columns()) {
            LiveColumn lc = live.column(c.name());
            if (lc == null) {
                missingColumn(t, c);
                continue;
            }
            Optional<String> type = backend.typeMismatch(t, c, lc);
            if (type.isPresent()) {
                problem(Kind.TYPE_MISMATCH, t, c.field(), type.get(), "change the column's type by hand (it may lose"
                        + " data), or change the field to match");
                changes.add(new SchemaChange.Note(t, t.describe(c.name()) + ": " + type.get() + "; change the type of "
                        + t.name() + "." + c.name() + " by hand if no data is lost"));
            }
            enumLabels(t, c, lc);
            if (readOnly.contains(t.name())) {
                continue;   // a view reports every column nullable and generates nothing
            }
            Optional<String> collation = backend.collationMismatch(c, lc);
            if (collation.isPresent()) {
                problem(Kind.COLLATION_MISMATCH, t, c.field(), collation.get(), "give " + t.name() + "." + c.name()
                        + " a binary collation by hand (ALTER TABLE ... MODIFY ... COLLATE with a _bin collation)");
                changes.add(new SchemaChange.Note(t, t.describe(c.name()) + ": " + collation.get()));
            }
            if (c.primaryKey()) {
                if (c.generated() != lc.generated()) {
                    problem(Kind.ID_GENERATION_MISMATCH, t, c.field(), c.generated() ? "the model's ids are generated by"
                            + " the database, but the column does not generate them" : "the column generates ids, but"
                            + " the model assigns them", "recreate the key column, or change the model's @Id");
                    changes.add(new SchemaChange.Note(t, t.describe(c.name()) + ": id generation differs; recreate the"
                            + " key column by hand"));
                }
            } else if (c.nullable() != lc.nullable()) {
                problem(Kind.NULLABILITY_MISMATCH, t, c.field(), c.nullable() ? "the column refuses nulls the model allows"
                        : "the column accepts nulls the model refuses", c.nullable() ? "let the column accept nulls"
                        : "fill its nulls, then make it NOT NULL");
                nullability(t, c, lc);
            }
        }
        for (LiveColumn lc : readOnly.contains(t.name()) ? List.<LiveColumn>of() : live.columns()) {   // reads a subset
            boolean mapped = t.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(lc.name()))
                    || t.indexes().stream().anyMatch(ix -> ix.onPath() && ix.name().equalsIgnoreCase(lc.name()));
            if (!mapped) {
                problem(Kind.EXTRA_COLUMN, t, null, "column " + lc.name() + " (" + lc.type() + ") has no field"
                        + (lc.nullable() ? "" : " and refuses nulls, so the model's inserts will fail"), "add a field for it,"
                        + " or drop the column if its data is no longer needed");
                changes.add(new SchemaChange.Note(t, t.name() + "." + lc.name() + " has no field in " + t.model()
                        + ": ALTER TABLE " + t.name() + " DROP COLUMN " + lc.name() + " if its data is no longer needed"));
            }
        }
    }

    /**
     * Accepting nulls is always safe. Refusing them is a change only while no row holds a null: otherwise it is a
     * note (as the first migration that added the column left it), so running an applied migration again does
     * nothing instead of failing.
     */
    private void nullability(TableSpec t, ColumnSpec c, LiveColumn lc) {
        if (!c.nullable()) {
            Select nulls = new Select(t, List.of(c.name()), new Filter.IsNull(c.name(), false), List.of(),
                    Select.Window.ALL, null, List.of());
            long n = backend.read(Read.count(nulls));
            if (n > 0) {
                changes.add(new SchemaChange.Note(t, t.describe(c.name()) + " must not be null, but " + n + " row"
                        + (n == 1 ? "" : "s") + " hold null: give every row a value, then make " + t.name() + "."
                        + c.name() + " NOT NULL (the next migration does it once no row holds null)"));
                return;
            }
        }
        changes.add(new SchemaChange.SetNullable(t, c, c.nullable(), lc));
    }

    /** An enum type's labels (a definition {@code ENUM('G','PG-13')}) must hold every text the enum field stores. */
    private void enumLabels(TableSpec t, ColumnSpec c, LiveColumn lc) {
        Set<String> stored = enumTexts.get(t.name() + "." + c.name());
        List<String> labels = EnumLabels.of(lc.definition());
        if (stored == null || labels == null) {
            return;
        }
        List<String> missing = stored.stream().filter(s -> !labels.contains(s)).toList();
        if (!missing.isEmpty()) {
            problem(Kind.TYPE_MISMATCH, t, c.field(), "the column's enum type has no label " + missing + " that the"
                    + " field stores (its labels: " + labels + ")", "add the labels to the type, or give the enum's"
                    + " constants the type's labels with @EnumValue");
            changes.add(new SchemaChange.Note(t, t.describe(c.name()) + ": its enum type lacks " + missing));
        }
    }

    private void missingColumn(TableSpec t, ColumnSpec c) {
        problem(Kind.MISSING_COLUMN, t, c.field(), "column " + c.name() + " does not exist", "add it (apply the migration"
                + " script)");
        boolean zeroFills = c.type() == ColumnType.BOOLEAN || c.type() == ColumnType.INTEGER || c.type() == ColumnType.LONG
                || c.type() == ColumnType.DOUBLE;
        if (c.nullable() || zeroFills) {
            changes.add(new SchemaChange.AddColumn(t, c));
        } else {
            ColumnSpec nullable = new ColumnSpec(c.name(), c.type(), true, ColumnSpec.Key.NONE, c.unique(), c.field(),
                    c.size());
            changes.add(new SchemaChange.AddColumn(t, nullable));
            changes.add(new SchemaChange.Note(t, t.describe(c.name()) + " must not be null: give every row a value, then"
                    + " make " + t.name() + "." + c.name() + " NOT NULL"));
        }
    }

    /**
     * A path index is found by its name, an index on columns by its columns whatever its name: the same columns, or,
     * for an index that is not unique, a live index that starts with them (it serves the same lookups).
     */
    private static boolean hasIndex(LiveTable live, IndexSpec ix) {
        if (ix.onPath()) {
            return live.indexes().stream().anyMatch(l -> l.name().equalsIgnoreCase(ix.name()));
        }
        for (IndexSpec l : live.indexes()) {
            boolean sizes = ix.unique() ? l.columns().size() == ix.columns().size()
                    : l.columns().size() >= ix.columns().size();
            if (sizes && (l.unique() || !ix.unique())) {
                boolean same = true;
                for (int i = 0; i < ix.columns().size(); i++) {
                    same &= l.columns().get(i).toLowerCase(Locale.ROOT).equals(ix.columns().get(i).toLowerCase(Locale.ROOT));
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fieldOf(TableSpec t, String column) {
        return t.columns().stream().filter(c -> c.name().equals(column)).map(ColumnSpec::field).findFirst().orElse(null);
    }

    private void problem(Kind kind, TableSpec t, String field, String detail, String fix) {
        problems.add(new SchemaProblem(kind, t.model(), field, t.name(), detail, fix));
    }
}

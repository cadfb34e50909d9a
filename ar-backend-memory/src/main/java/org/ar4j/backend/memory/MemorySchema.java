package org.ar4j.backend.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ar4j.BackendException;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.TableSpec;

/** Tables from specs, their live description, and migrations, on a state of one statement. */
final class MemorySchema {
    private MemorySchema() {
    }

    static void create(MemoryState state, TableSpec t, boolean ifMissing) {
        if (state.has(t.name())) {
            if (ifMissing) {
                return;
            }
            throw new BackendException("Table " + t.name() + " already exists on memory");
        }
        state.put(MemoryTable.create(t, state.generation()));
    }

    static void drop(MemoryState state, TableSpec t, boolean ifExists) {
        if (!state.has(t.name())) {
            if (ifExists) {
                return;
            }
            throw new BackendException("No table " + t.name() + " on memory to drop");
        }
        state.remove(t.name());
    }

    /** The table as stored: columns with their portable type names, indexes, foreign keys. */
    static Optional<LiveTable> inspect(MemoryState state, TableSpec t) {
        if (!state.has(t.name())) {
            return Optional.empty();
        }
        MemoryTable m = state.table(t.name());
        List<LiveColumn> columns = new ArrayList<>();
        for (ColumnSpec c : m.columnSpecs()) {
            columns.add(new LiveColumn(c.name(), c.type().name(), c.nullable() && !c.primaryKey(), c.generated()));
        }
        List<String> key = m.columnSpecs().stream().filter(ColumnSpec::primaryKey).map(ColumnSpec::name).toList();
        return Optional.of(new LiveTable(m.name(), columns, m.indexes(), m.foreignKeys(), false, key));
    }

    /** The statements a migration would run, as text. */
    static List<String> describe(List<SchemaChange> changes) {
        List<String> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            out.add(c.accept(new Describe()));
        }
        return out;
    }

    /** The value a required number or boolean column added to rows starts with (as SQL's DEFAULT 0); else null. */
    private static Object zero(ColumnType type) {
        return switch (type) {
            case INTEGER -> 0;
            case LONG -> 0L;
            case DOUBLE -> 0.0d;
            case DECIMAL -> java.math.BigDecimal.ZERO;
            case BOOLEAN -> false;
            default -> null;
        };
    }

    /** Applies the changes to the state, in order. */
    static void migrate(MemoryState state, List<SchemaChange> changes) {
        for (SchemaChange c : changes) {
            c.accept(new Apply(state));
        }
    }

    private static final class Describe implements SchemaChange.Visitor<String> {
        @Override
        public String createTable(SchemaChange.CreateTable c) {
            return "create table " + c.table().name();
        }

        @Override
        public String addColumn(SchemaChange.AddColumn c) {
            return "add column " + c.table().name() + "." + c.column().name() + " " + c.column().type();
        }

        @Override
        public String createIndex(SchemaChange.CreateIndex c) {
            return "create " + (c.index().unique() ? "unique " : "") + "index " + c.index().name() + " on "
                    + c.table().name() + " " + c.index().columns();
        }

        @Override
        public String setNullable(SchemaChange.SetNullable c) {
            return "set " + c.table().name() + "." + c.column().name() + (c.nullable() ? " nullable" : " not null");
        }

        @Override
        public String addForeignKey(SchemaChange.AddForeignKey c) {
            return "add foreign key " + c.foreignKey().name() + " " + c.table().name() + "." + c.foreignKey().column()
                    + " references " + c.foreignKey().referencedTable() + "." + c.foreignKey().referencedColumn();
        }

        @Override
        public String note(SchemaChange.Note c) {
            return "-- " + c.text();
        }
    }

    private record Apply(MemoryState state) implements SchemaChange.Visitor<Void> {
        @Override
        public Void createTable(SchemaChange.CreateTable c) {
            create(state, c.table(), true);
            return null;
        }

        @Override
        public Void addColumn(SchemaChange.AddColumn c) {
            MemoryTable t = state.table(c.table().name());
            Object value = c.column().nullable() ? null : zero(c.column().type());
            if (!c.column().nullable() && value == null && !t.rows().isEmpty()) {
                throw new BackendException("Cannot add the required column " + c.column().name() + " to " + t.name()
                        + " on memory: it has rows, which would hold null");
            }
            state.put(t.withColumn(c.column(), value, state.generation()));
            return null;
        }

        @Override
        public Void createIndex(SchemaChange.CreateIndex c) {
            MemoryTable t = state.table(c.table().name()).withIndex(c.index(), state.generation());
            MemoryWrites.check(t, c.table());
            state.put(t);
            return null;
        }

        @Override
        public Void setNullable(SchemaChange.SetNullable c) {
            MemoryTable t = state.table(c.table().name()).withNullable(c.column().name(), c.nullable(), state.generation());
            MemoryWrites.check(t, c.table());
            state.put(t);
            return null;
        }

        @Override
        public Void addForeignKey(SchemaChange.AddForeignKey c) {
            state.put(state.table(c.table().name()).withForeignKey(c.foreignKey(), state.generation()));
            MemoryWrites.checkForeignKeys(state, c.table().name());
            return null;
        }

        @Override
        public Void note(SchemaChange.Note c) {
            return null;
        }
    }
}

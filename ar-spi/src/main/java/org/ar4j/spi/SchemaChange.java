package org.ar4j.spi;

/**
 * One change that brings a live table closer to its model, computed by ar-core from
 * {@link Backend#inspect} and rendered or carried out by the backend ({@link Backend#migration},
 * {@link Backend#migrate}). Changes that could lose data are never made: ar-core passes them as
 * {@link Note}s for a person to decide.
 */
public sealed interface SchemaChange {
    /** The table changed. */
    TableSpec table();

    /** Calls the visitor's method for this kind of change. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of change: a new kind is a compile error in every implementation. */
    interface Visitor<R> {
        /** A table to create. */
        R createTable(CreateTable change);

        /** A column to add. */
        R addColumn(AddColumn change);

        /** An index to create. */
        R createIndex(CreateIndex change);

        /** A nullability to change. */
        R setNullable(SetNullable change);

        /** A foreign key to add. */
        R addForeignKey(AddForeignKey change);

        /** A note for a person. */
        R note(Note change);
    }

    /** Creates a missing table with its columns, indexes and foreign keys. */
    record CreateTable(TableSpec table) implements SchemaChange {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.createTable(this);
        }
    }

    /** Adds a missing column; a NOT NULL column the table's rows need a value for is added with the type's zero. */
    record AddColumn(TableSpec table, ColumnSpec column) implements SchemaChange {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addColumn(this);
        }
    }

    /** Creates a missing index or unique index. */
    record CreateIndex(TableSpec table, IndexSpec index) implements SchemaChange {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.createIndex(this);
        }
    }

    /**
     * Makes a column accept nulls (safe), or refuse them (only computed while no row holds a null). {@code live} is
     * the column as it is now: its type is kept exactly, whatever the model declares (a type change is only a note).
     */
    record SetNullable(TableSpec table, ColumnSpec column, boolean nullable, LiveColumn live) implements SchemaChange {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setNullable(this);
        }
    }

    /** Adds a missing foreign-key constraint (fails while a row refers to a missing key). */
    record AddForeignKey(TableSpec table, ForeignKeySpec foreignKey) implements SchemaChange {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addForeignKey(this);
        }
    }

    /** Something only a person should decide (dropping a column, changing a type): rendered as a comment. */
    record Note(TableSpec table, String text) implements SchemaChange {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.note(this);
        }
    }
}

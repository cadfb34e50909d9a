package org.ar4j.sql.internal;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.spi.SchemaChange;
import org.ar4j.sql.SqlDialect;

/** Renders schema changes as SQL; a change the database cannot make in place becomes a comment. */
final class SqlMigrations implements SchemaChange.Visitor<List<String>> {
    private final SqlDialect dialect;
    private final SqlRenderer renderer;

    SqlMigrations(SqlDialect dialect, SqlRenderer renderer) {
        this.dialect = dialect;
        this.renderer = renderer;
    }

    /** Statements (ending without a semicolon) and comments (starting with "-- "), in order. */
    List<String> render(List<SchemaChange> changes) {
        List<String> out = new ArrayList<>();
        for (SchemaChange change : changes) {
            out.addAll(change.accept(this));
        }
        return out;
    }

    static boolean isComment(String line) {
        return line.startsWith("-- ");
    }

    @Override
    public List<String> createTable(SchemaChange.CreateTable c) {
        List<String> out = new ArrayList<>(renderer.ddl().createTable(c.table()));
        if (dialect.features().foreignKeys().addedByAlter()) {
            c.table().foreignKeys().forEach(fk -> out.add(renderer.ddl().addForeignKey(c.table(), fk)));
        }
        return out;
    }

    @Override
    public List<String> addColumn(SchemaChange.AddColumn c) {
        return List.of(renderer.ddl().addColumn(c.table(), c.column()));
    }

    @Override
    public List<String> createIndex(SchemaChange.CreateIndex c) {
        return List.of(renderer.ddl().createIndex(c.table(), c.index()));
    }

    @Override
    public List<String> setNullable(SchemaChange.SetNullable c) {
        String sql = dialect.ddl().setNullable(dialect.syntax(), c.table(), c.column(), c.live(), c.nullable());
        return List.of(sql != null ? sql : "-- " + dialect.name() + " cannot make " + c.table().describe(c.column().name())
                + (c.nullable() ? " accept nulls" : " refuse nulls") + " in place: rebuild " + c.table().name()
                + " (create it anew, copy the rows, drop the old one, rename the new one)");
    }

    @Override
    public List<String> addForeignKey(SchemaChange.AddForeignKey c) {
        return List.of(dialect.features().foreignKeys().addedByAlter() ? renderer.ddl().addForeignKey(c.table(), c.foreignKey())
                : "-- " + dialect.name() + " declares foreign keys only when a table is created: rebuild " + c.table().name()
                + " to add " + c.foreignKey().name() + " (" + c.foreignKey().column() + " -> "
                + c.foreignKey().referencedTable() + ")");
    }

    @Override
    public List<String> note(SchemaChange.Note n) {
        return List.of("-- " + n.text());
    }
}

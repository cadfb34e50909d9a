package org.ar4j.sql.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.ar4j.BackendException;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.SqlDialect;

/** The SQL backend's schema operations: create, drop, read the catalogue, render and run migrations. */
final class SqlSchema {
    /** Runs one DDL statement on a held connection, reporting it. */
    @FunctionalInterface
    interface Ddl {
        void run(SqlConnections.Held h, String sql) throws SQLException;
    }

    private final SqlDialect dialect;
    private final SqlRenderer renderer;
    private final SqlConnections connections;
    private final Ddl ddl;
    private final SqlCatalog catalog;
    private final SqlMigrations migrations;

    SqlSchema(SqlDialect dialect, SqlRenderer renderer, SqlConnections connections, Ddl ddl) {
        this.dialect = dialect;
        this.renderer = renderer;
        this.connections = connections;
        this.ddl = ddl;
        this.catalog = new SqlCatalog(dialect, renderer);
        this.migrations = new SqlMigrations(dialect, renderer);
    }

    void createTable(TableSpec table, boolean ifMissing) {
        schemaChange("Creating", table, ifMissing ? Boolean.FALSE : null, renderer.ddl().createTable(table));
    }

    void dropTable(TableSpec table, boolean ifExists) {
        schemaChange("Dropping", table, ifExists ? Boolean.TRUE : null, renderer.ddl().dropTable(table));
    }

    Optional<LiveTable> inspect(TableSpec table) {
        SqlConnections.Held h = connections.acquire();
        try {
            return catalog.inspect(h.connection, table.name());
        } catch (SQLException e) {
            throw new BackendException("Reading the catalogue of " + table.name() + " failed on " + dialect.name() + ": "
                    + e.getMessage(), e);
        } finally {
            connections.release(h);
        }
    }

    Optional<String> typeMismatch(TableSpec table, ColumnSpec expected, LiveColumn live) {
        return catalog.typeMismatch(table, expected, live);
    }

    List<String> migration(List<SchemaChange> changes) {
        return migrations.render(changes);
    }

    void migrate(List<SchemaChange> changes) {
        SqlConnections.Held h = connections.acquire();
        try {
            for (String sql : migrations.render(changes)) {
                if (!SqlMigrations.isComment(sql)) {
                    ddl.run(h, sql);
                }
            }
        } catch (SQLException e) {
            throw new BackendException("A schema change failed on " + dialect.name() + ": " + e.getMessage(), e);
        } finally {
            connections.release(h);
        }
    }

    /** Runs DDL, unless {@code onlyIfExists} says the table must (TRUE) or must not (FALSE) exist first. */
    private void schemaChange(String what, TableSpec table, Boolean onlyIfExists, List<String> statements) {
        SqlConnections.Held h = connections.acquire();
        try {
            if (onlyIfExists != null && dialect.catalog().tableExists(h.connection, table.name()) != onlyIfExists) {
                return;
            }
            for (String sql : statements) {
                ddl.run(h, sql);
            }
        } catch (SQLException e) {
            throw new BackendException(what + " table " + table.name() + " failed on " + dialect.name() + ": "
                    + e.getMessage(), e);
        } finally {
            connections.release(h);
        }
    }
}

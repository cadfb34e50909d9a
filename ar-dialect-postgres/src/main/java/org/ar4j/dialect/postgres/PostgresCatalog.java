package org.ar4j.dialect.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.ar4j.sql.SqlCatalogReader;

/**
 * PostgreSQL's catalogue where JDBC metadata names a type of the schema's own: a column of a domain reads as the
 * domain's base type ({@code year} over {@code integer} as {@code integer}), a column of an enum type as
 * {@code ENUM}, which text fields map (values are bound untyped, see {@link PostgresText}).
 */
final class PostgresCatalog extends SqlCatalogReader {
    static final PostgresCatalog INSTANCE = new PostgresCatalog();

    /** Columns of the table in the current schema of a domain (with its base type) or of an enum type. */
    private static final String DOMAIN_COLUMNS = "SELECT a.attname, CASE t.typtype WHEN 'e' THEN 'ENUM'"
            + " ELSE format_type(t.typbasetype, t.typtypmod) END"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid"
            + " WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace AND a.attnum > 0"
            + " AND NOT a.attisdropped AND t.typtype IN ('d', 'e')";

    /** Columns of the table in the current schema of an enum type, with its labels in order, quoted. */
    private static final String ENUM_COLUMNS = "SELECT a.attname, (SELECT string_agg(quote_literal(e.enumlabel), ','"
            + " ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid"
            + " WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace AND a.attnum > 0"
            + " AND NOT a.attisdropped AND t.typtype = 'e'";

    private PostgresCatalog() {
    }

    /** An enum column's definition as {@code ENUM('G','PG-13')}: validate checks an enum field's values against it. */
    @Override
    public Map<String, String> columnDefinitions(Connection c, String table) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(ENUM_COLUMNS)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), "ENUM(" + rs.getString(2) + ")");
                }
            }
        }
        return out;
    }

    @Override
    public Map<String, String> baseTypes(Connection c, String table) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(DOMAIN_COLUMNS)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2));
                }
            }
        }
        return out;
    }
}

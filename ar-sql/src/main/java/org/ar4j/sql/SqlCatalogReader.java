package org.ar4j.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.ar4j.spi.IndexSpec;

/**
 * How a dialect reads the live schema where JDBC's {@link DatabaseMetaData} is not enough. This class reads the
 * metadata; a dialect overrides what differs and hands it over in its {@link DialectParts}.
 */
public class SqlCatalogReader {
    /** JDBC metadata only. */
    public static final SqlCatalogReader STANDARD = new SqlCatalogReader();

    /** Whether a table exists, by exact name, in the connection's current catalog and schema. */
    public boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The table's indexes (name, columns in order, uniqueness; the primary key's left out) when the driver's
     * {@code getIndexInfo} does not name their columns; null (the default) to read that metadata.
     */
    public List<IndexSpec> indexes(Connection c, String table) throws SQLException {
        return null;
    }

    /**
     * The types of the table's columns declared with a type built on another (a domain), as that base type, by
     * lower-case column name: validate compares those; none by default.
     */
    public Map<String, String> baseTypes(Connection c, String table) throws SQLException {
        return Map.of();
    }

    /** Each column's full definition by lower-case name, where {@link SqlDdl#setNullable} needs it; none by default. */
    public Map<String, String> columnDefinitions(Connection c, String table) throws SQLException {
        return Map.of();
    }
}

package org.ar4j.dialect.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;

/**
 * Text as PostgreSQL takes it from a parameter of no declared type (pgjdbc's {@code stringtype=unspecified} for ar4j's
 * own strings): the server gives the parameter the type of what it meets, so a string is stored into and compared with
 * a column of an enum type ({@code mpaa_rating}) or a domain as with text. Lists bind one parameter per value, since an
 * array has one element type. Columns ar4j creates are {@code TEXT} or {@code VARCHAR(n)} (or {@code CHAR(n)} when
 * fixed-width) in the "C" collation: compared by code point.
 */
final class PostgresText implements ColumnCodec {
    static final PostgresText INSTANCE = new PostgresText();

    private PostgresText() {
    }

    @Override
    public String typeName(TableSpec table, ColumnSpec c) {
        return (c.length() == 0 ? "TEXT" : (c.fixedWidth() ? "CHAR(" : "VARCHAR(") + c.length() + ")") + " COLLATE \"C\"";
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        ps.setObject(index, value, Types.OTHER);
    }

    @Override
    public Object read(ResultSet rs, int index) throws SQLException {
        return rs.getString(index);
    }

    @Override
    public int nullType() {
        return Types.OTHER;
    }
}

package org.ar4j.dialect.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.JsonValue;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;

/** JSON documents as {@code jsonb}: bound as text of an unspecified type, which the server reads as jsonb. */
final class PostgresJson implements ColumnCodec {
    static final ColumnCodec JSONB = new PostgresJson();
    private static final ColumnCodec TEXT = ColumnCodec.standard(ColumnType.JSON);

    private PostgresJson() {
    }

    @Override
    public String typeName(TableSpec table, ColumnSpec column) {
        return "JSONB";
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        ps.setObject(index, ((JsonValue) value).text(), Types.OTHER);
    }

    @Override
    public Object read(ResultSet rs, int index) throws SQLException {
        return TEXT.read(rs, index);
    }

    @Override
    public int nullType() {
        return Types.OTHER;
    }
}

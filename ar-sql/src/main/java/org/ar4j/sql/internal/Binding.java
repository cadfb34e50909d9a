package org.ar4j.sql.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.ar4j.spi.ColumnType;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.SqlDialect;

/** Binds canonical values through the dialect's codecs: nulls by the codec's null type, lists as one array. */
final class Binding {
    private Binding() {
    }

    static void bind(SqlDialect dialect, PreparedStatement ps, int index, Object value, ColumnType type)
            throws SQLException {
        ColumnCodec codec = dialect.types().codec(type);
        if (value == null) {
            ps.setNull(index, codec.nullType());
        } else {
            codec.bind(ps, index, value);
        }
    }

    static void bindArray(SqlDialect dialect, PreparedStatement ps, int index, List<?> values, ColumnType type)
            throws SQLException {
        ColumnCodec codec = dialect.types().codec(type);
        Object[] elements = new Object[values.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = codec.arrayElement(values.get(i));
        }
        Array array = ps.getConnection().createArrayOf(codec.arrayElementType(), elements);
        ps.setArray(index, array);
    }
}

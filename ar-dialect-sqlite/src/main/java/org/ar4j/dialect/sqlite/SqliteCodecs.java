package org.ar4j.dialect.sqlite;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.TableSpec;
import org.ar4j.sql.ColumnCodec;
import org.ar4j.sql.SqlTypes;

/** The codecs of SQLite's encoded types, and its exact decimal aggregate. */
final class SqliteCodecs {
    /** Compares BigDecimal text by value, as PostgreSQL's numeric does (1.10 = 1.1 < 2E+1). */
    static final String DECIMAL_COLLATION = "AR4J_DECIMAL";
    /** SUM over decimal text, exact ({@link DecimalSum}). */
    static final String DECIMAL_SUM = "ar4j_decimal_sum";

    /** Decimals as their exact text, compared through the collation and summed exactly, never through a double. */
    static final ColumnCodec DECIMAL = ColumnCodec.text(ColumnType.DECIMAL).withTypeName("TEXT")
            .comparedAs(c -> c + " COLLATE " + DECIMAL_COLLATION)
            .aggregatedAs((function, column) -> function.equals("SUM") ? DECIMAL_SUM + "(" + column + ")" : null);

    /** Instants as INTEGER microseconds since the epoch: exact order and comparison. */
    static final ColumnCodec INSTANT = new ColumnCodec() {
        @Override
        public String typeName(TableSpec table, ColumnSpec column) {
            return "INTEGER";
        }

        @Override
        public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
            Instant i = (Instant) value;
            ps.setLong(index, Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000));
        }

        @Override
        public Object read(ResultSet rs, int index) throws SQLException {
            long micros = rs.getLong(index);
            if (micros == 0L) {
                if (rs.wasNull()) {
                    return null;
                }
                numeric(rs, index, ColumnType.INSTANT);
            }
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    TimeUnit.MICROSECONDS.toNanos(Math.floorMod(micros, 1_000_000L)));
        }

        @Override
        public int nullType() {
            return Types.NULL;
        }
    };

    private SqliteCodecs() {
    }

    /** Every codec of {@code types} binding nulls untyped, as sqlite-jdbc takes them. */
    static SqlTypes untypedNulls(SqlTypes types) {
        SqlTypes out = types;
        for (ColumnType t : ColumnType.values()) {
            out = out.with(t, out.codec(t).withNullType(Types.NULL));
        }
        return out;
    }

    /**
     * The standard codec of a number or boolean refusing a column that read as zero but holds no number: SQLite hands
     * out 0 for text such as 'abc' in a numeric read, where PostgreSQL and MariaDB refuse; so does ar4j (only zero is
     * asked about, so reads stay one call).
     */
    static ColumnCodec numeric(ColumnType type, String typeName) {
        ColumnCodec standard = ColumnCodec.standard(type);
        return new ColumnCodec() {
            @Override
            public String typeName(TableSpec table, ColumnSpec column) {
                return typeName;
            }

            @Override
            public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
                standard.bind(ps, index, value);
            }

            @Override
            public Object read(ResultSet rs, int index) throws SQLException {
                Object v = standard.read(rs, index);
                if (v != null && (v.equals(0) || v.equals(0L) || v.equals(0.0d) || Boolean.FALSE.equals(v))) {
                    numeric(rs, index, type);
                }
                return v;
            }

            @Override
            public int nullType() {
                return Types.NULL;
            }
        };
    }

    private static void numeric(ResultSet rs, int index, ColumnType type) throws SQLException {
        Object stored = rs.getObject(index);
        if (stored instanceof String s) {
            try {
                new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw ColumnCodec.unreadable(type, s, e);
            }
        } else if (stored instanceof byte[]) {
            throw ColumnCodec.unreadable(type, "a blob", null);
        }
    }

    /** SUM over decimal text, exact: BigDecimal addition, null when no value (SQLite clones it per group). */
    static final class DecimalSum extends org.sqlite.Function.Aggregate {
        private BigDecimal sum;

        @Override
        protected void xStep() throws SQLException {
            String v = value_text(0);
            if (v != null) {
                sum = sum == null ? new BigDecimal(v) : sum.add(new BigDecimal(v));
            }
        }

        @Override
        protected void xFinal() throws SQLException {
            if (sum == null) {
                result();
            } else {
                result(sum.toPlainString());
            }
        }
    }
}

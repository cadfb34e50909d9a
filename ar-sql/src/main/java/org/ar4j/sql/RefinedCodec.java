package org.ar4j.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.TableSpec;

/**
 * A codec with some of its parts replaced (the {@code with...} methods of {@link ColumnCodec}); binding stays the root
 * codec's. Refining a refined codec replaces parts of the same flat value, so chains stay one level.
 */
record RefinedCodec(ColumnCodec root, BiFunction<TableSpec, ColumnSpec, String> typeNames,
                    UnaryOperator<String> comparables, BiFunction<String, String, String> aggregates, int nullType,
                    String arrayElementType, Reader reader) implements ColumnCodec {

    static RefinedCodec of(ColumnCodec codec) {
        if (codec instanceof RefinedCodec r) {
            return r;
        }
        boolean own = !(codec instanceof StandardCodec || codec instanceof TextCodec);
        return new RefinedCodec(codec, codec::typeName, codec::comparable, own ? codec::aggregate : (f, c) -> null,
                codec.nullType(), codec.arrayElementType(), codec::read);
    }

    RefinedCodec typeName(BiFunction<TableSpec, ColumnSpec, String> value) {
        return new RefinedCodec(root, value, comparables, aggregates, nullType, arrayElementType, reader);
    }

    RefinedCodec comparable(UnaryOperator<String> value) {
        return new RefinedCodec(root, typeNames, value, aggregates, nullType, arrayElementType, reader);
    }

    RefinedCodec aggregate(BiFunction<String, String, String> value) {
        return new RefinedCodec(root, typeNames, comparables, value, nullType, arrayElementType, reader);
    }

    RefinedCodec nullType(int value) {
        return new RefinedCodec(root, typeNames, comparables, aggregates, value, arrayElementType, reader);
    }

    RefinedCodec arrayType(String value) {
        return new RefinedCodec(root, typeNames, comparables, aggregates, nullType, value, reader);
    }

    RefinedCodec reader(Reader value) {
        return new RefinedCodec(root, typeNames, comparables, aggregates, nullType, arrayElementType, value);
    }

    @Override
    public JsonColumnCodec json() {
        return root.json();
    }

    @Override
    public String typeName(TableSpec table, ColumnSpec column) {
        return typeNames.apply(table, column);
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        root.bind(ps, index, value);
    }

    @Override
    public Object read(ResultSet rs, int index) throws SQLException {
        return reader.read(rs, index);
    }

    @Override
    public String comparable(String expression) {
        return comparables.apply(expression);
    }

    @Override
    public String aggregate(String function, String column) {
        String own = aggregates.apply(function, column);
        return own != null ? own : function + "(" + comparable(column) + ")";
    }

    @Override
    public Object arrayElement(Object value) {
        return root.arrayElement(value);
    }
}

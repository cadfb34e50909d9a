package org.ar4j.query;

import java.util.List;
import java.util.stream.Stream;

/**
 * Some fields of a query's records, read without building the records: made with
 * {@link Query#select(Selectable[])}, it keeps the query's conditions, order, limit and offset. Rows become Java
 * records ({@link #into}) or {@link Tuple}s.
 *
 * <pre>{@code
 * record Line(Long id, String title, BigDecimal price) { }
 * List<Line> lines = Book.query().orderBy(Book_.id.asc()).select(Book_.id, Book_.title, Book_.price).into(Line.class);
 * }</pre>
 */
public interface Projection {

    /**
     * The rows as instances of a Java record. Components are matched by name when every selected field's name is
     * a component name, otherwise by position; their count and types are checked against the selection when the
     * record type is first used with it, and a mismatch is an {@link org.ar4j.ArgumentException} naming the
     * component and the field.
     */
    <R extends Record> List<R> into(Class<R> type);

    /** {@link #into} as a stream over an open cursor; close it (try-with-resources) to release the cursor. */
    <R extends Record> Stream<R> streamInto(Class<R> type);

    /** The rows as tuples. */
    List<Tuple> tuples();

    /** {@link #tuples} as a stream over an open cursor; close it to release the cursor. */
    Stream<Tuple> streamTuples();
}

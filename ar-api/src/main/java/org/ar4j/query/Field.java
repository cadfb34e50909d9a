package org.ar4j.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Collection;

import org.ar4j.ArgumentException;

/**
 * A field of a model, typed: a constant of a generated metamodel ({@code Book_.title}) that every query method
 * naming a field also takes, so a misspelled field or a value of the wrong type does not compile. Immutable.
 * {@link ComparableField}, {@link NumericField} and {@link StringField} add the operations that make sense for
 * their types.
 *
 * <pre>{@code
 * List<Book> cheap = Book.query().where(Book_.price.lt(new BigDecimal("10"))).orderBy(Book_.title.asc()).all();
 * }</pre>
 *
 * @param <M> the model that declares the field
 * @param <V> the field's Java type (boxed for primitives)
 */
public class Field<M, V> implements Selectable<V> {
    private final Class<M> model;
    private final String name;
    private final Class<V> type;

    Field(Class<M> model, String name, Class<V> type) {
        this.model = ArgumentException.requireNonNull(model, "Field.of", "model", "pass a value");
        this.name = ArgumentException.requireNonNull(name, "Field.of", "name", "pass a value");
        this.type = ArgumentException.requireNonNull(type, "Field.of", "type", "pass a value");
    }

    /** A field of any type that only takes equality, IN and null tests (booleans, byte arrays). */
    public static <M, V> Field<M, V> of(Class<M> model, String name, Class<V> type) {
        return new Field<>(model, name, type);
    }

    /** An ordered field: dates and times, UUIDs, enums. */
    public static <M, V extends Comparable<? super V>> ComparableField<M, V> ordered(Class<M> model, String name,
                                                                                    Class<V> type) {
        return new ComparableField<>(model, name, type);
    }

    /** A numeric field whose sums are of {@code sumType} (Long for int and long, Double, BigDecimal). */
    public static <M, V extends Number & Comparable<? super V>, S extends Number> NumericField<M, V, S> numeric(
            Class<M> model, String name, Class<V> type, Class<S> sumType) {
        return new NumericField<>(model, name, type, sumType);
    }

    /** A string field. */
    public static <M> StringField<M> string(Class<M> model, String name) {
        return new StringField<>(model, name);
    }

    /** The model that declares the field. */
    public final Class<M> model() {
        return model;
    }

    /** The field's Java name, as the string-named query methods take it. */
    @Override
    public final String name() {
        return name;
    }

    /** The field's Java type, boxed. */
    @Override
    public final Class<V> type() {
        return type;
    }

    /** {@code field = value}. */
    public final Predicate eq(V value) {
        return Where.eq(name, value);
    }

    /** {@code field <> value}; records whose field is null do not match. */
    public final Predicate ne(V value) {
        return Where.ne(name, value);
    }

    /** {@code field IN (values)}. */
    public final Predicate in(Collection<? extends V> values) {
        return Where.in(name, values);
    }

    /** {@code field IN (values)}. */
    @SafeVarargs
    public final Predicate in(V... values) {
        if (values == null) {
            return Where.in(name, (Collection<?>) null);
        }
        List<Object> list = new ArrayList<>(values.length);
        for (V v : values) {
            list.add(v);
        }
        return Where.in(name, list);
    }

    /** {@code field NOT IN (values)}; records whose field is null do not match. */
    public final Predicate notIn(Collection<? extends V> values) {
        return Where.notIn(name, values);
    }

    /** {@code field IS NULL}. */
    public final Predicate isNull() {
        return Where.isNull(name);
    }

    /** {@code field IS NOT NULL}. */
    public final Predicate isNotNull() {
        return Where.isNotNull(name);
    }

    /** {@code field = value} for {@link Query#updateAll(Assignment...)}. */
    public final Assignment set(V value) {
        return new Assignment(this, value);
    }

    /**
     * {@code field = other field of the same record} for {@link Query#updateAll(Assignment...)}, copied by the
     * database row by row (capability {@code FIELD_TO_FIELD_UPDATES}).
     */
    public final Assignment setTo(Field<M, ? extends V> other) {
        ArgumentException.requireNonNull(other, "setTo", "field", "pass a field of the same model");
        return new Assignment(this, FieldValue.of(other.name()));
    }

    /** Ascending order on this field. */
    public final Order asc() {
        return Order.asc(name);
    }

    /** Descending order on this field. */
    public final Order desc() {
        return Order.desc(name);
    }

    /** The field, checked to belong to a query's model: a field of another model is refused, naming both. */
    final String nameFor(Class<?> queried) {
        if (!model.isAssignableFrom(queried)) {
            throw new ArgumentException("The field " + this + " belongs to " + model.getSimpleName() + ", not to "
                    + queried.getSimpleName() + ": use a field of " + queried.getSimpleName() + "_ (its metamodel)");
        }
        return name;
    }

    @Override
    public final String toString() {
        return model.getSimpleName() + "." + name;
    }
}

package org.ar4j.query;

import org.ar4j.ArgumentException;

/**
 * A field of the record a BelongsTo relation points to, selected in a projection of the owner:
 * {@code Book.query().select(Book_.title, Book_.writer.then(Writer_.name))}. SQL backends read it with a
 * join, other backends with a second read by key; owners whose relation is empty get null.
 *
 * @param relation the BelongsTo relation, declared on the queried model
 * @param field    a field of the relation's target
 * @param <V>      the field's Java type
 */
public record RelatedField<V>(RelationPath<?> relation, Field<?, V> field) implements Selectable<V> {

    /** Checks that the field belongs to the relation's target. */
    public RelatedField {
        ArgumentException.requireNonNull(relation, "RelatedField", "relation", "pass a value");
        ArgumentException.requireNonNull(field, "RelatedField", "field", "pass a value");
        field.nameFor(relation.target());
    }

    @Override
    public Class<V> type() {
        return field.type();
    }

    /** The target field's name. */
    @Override
    public String name() {
        return field.name();
    }

    /**
     * Ascending order of the owners by this field of their related record, on backends that join
     * ({@code Capability.JOINS}); owners without one come first.
     */
    public Order asc() {
        return new Order(field.name(), true, relation);
    }

    /** Descending order of the owners by this field of their related record; owners without one come last. */
    public Order desc() {
        return new Order(field.name(), false, relation);
    }
}

package org.ar4j;

/**
 * Maps a field of a type ar4j does not store itself (money, an e-mail address, an id wrapper) to a type it does, and
 * back: attach it to the field with {@link Convert}, or give an instance to a database for every field of the type
 * ({@link DatabaseBuilder#converter(Class, ValueConverter)}). The field then works wherever a field works —
 * conditions, order (by the stored value), projections, upserts, change tracking (by {@code equals} of the stored
 * value), schema — with its column of the stored type. Implementations are immutable and thread-safe; one named by
 * {@code @Convert} has a no-argument constructor (it may be private). Neither method is called with null: a null
 * field is a null column.
 *
 * <pre>{@code
 * public final class CentsConverter implements ValueConverter<Money, Long> {
 *     public Class<Long> storedType() { return Long.class; }
 *     public Long toStored(Money m) { return m.cents(); }
 *     public Money fromStored(Long cents) { return new Money(cents); }
 * }
 * }</pre>
 *
 * @param <J> the field's Java type
 * @param <S> the stored type: one ar4j maps (String, Boolean, Integer, Long, Double, BigDecimal, Instant, LocalDate,
 *            LocalDateTime, UUID, byte[], an enum)
 */
public interface ValueConverter<J, S> {

    /** The stored type's class. */
    Class<S> storedType();

    /** The value to store for a field value; must not return null for a non-null value. */
    S toStored(J value);

    /** The field value of a stored value; must not return null for a non-null value. */
    J fromStored(S stored);
}

package org.ar4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The value of a composite primary key: its parts in the order the model declares its {@code @Id} fields.
 * Used wherever a single id would be passed: {@code find}, {@code whereId}, {@code findOrFail}.
 *
 * <pre>{@code
 * Optional<OrderLine> line = db.find(OrderLine.class, Key.of(orderNo, 2));
 * }</pre>
 *
 * Two keys are equal when their parts are; a part is compared with {@code equals}, so give each the type of its
 * field (ar4j converts numbers of another width and text of a UUID, as for single ids).
 */
public final class Key {
    private final List<Object> parts;

    private Key(List<Object> parts) {
        this.parts = parts;
    }

    /**
     * A key of two or more parts, none null.
     *
     * @throws ArgumentException when fewer than two parts are given or one is null
     */
    public static Key of(Object... parts) {
        if (parts == null || parts.length < 2) {
            throw new ArgumentException("Key.of takes the two or more parts of a composite key, in the order of the"
                    + " model's @Id fields; for a single id pass the value itself");
        }
        List<Object> list = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                throw new ArgumentException("Key.of got null as part " + (i + 1) + " of " + parts.length
                        + "; every part of a composite key has a value");
            }
            list.add(parts[i]);
        }
        return new Key(Collections.unmodifiableList(list));
    }

    /** The parts, in the order of the model's {@code @Id} fields. */
    public List<Object> parts() {
        return parts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Key k && k.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < parts.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(parts.get(i));
        }
        return sb.append(')').toString();
    }
}

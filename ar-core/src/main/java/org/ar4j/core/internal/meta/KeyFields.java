package org.ar4j.core.internal.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

import org.ar4j.Key;
import org.ar4j.QueryException;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;

/**
 * A key over one or more fields of a model: its primary key (one {@code @Id} field, or the parts of a composite key
 * in declaration order), an upsert's conflict key, or one side of a relation's (possibly composite) foreign key. A
 * stored key value is the canonical value of the one field, or a list of the parts' canonical values for a
 * composite key (equal when the parts are), so maps and messages treat both alike.
 */
public final class KeyFields {
    /**
     * The most composite keys one statement reads: a composite key is an OR of one AND per key (or a row value), each
     * part its own parameter and its own text, so besides the driver's parameter count (never an array) the statement's
     * length bounds it (SQLite refuses statements over a megabyte).
     */
    static final int COMPOSITE_KEYS_PER_QUERY = 1_000;

    private final String model;
    private final List<FieldInfo> fields;
    private final List<String> columns;

    /** A key over fields of a model: its primary key when they are its parts, else a key of its own. */
    public static KeyFields over(ModelInfo model, List<FieldInfo> fields) {
        return fields.equals(model.key() == null ? null : model.key().fields()) ? model.key()
                : new KeyFields(model.name(), fields);
    }

    KeyFields(String model, List<FieldInfo> fields) {
        this.model = model;
        this.fields = List.copyOf(fields);
        this.columns = this.fields.stream().map(FieldInfo::column).toList();
    }

    /** The key's fields, in declaration order. */
    public List<FieldInfo> fields() {
        return fields;
    }

    /** The key's columns, in declaration order. */
    public List<String> columns() {
        return columns;
    }

    /**
     * How many keys of this key one statement binds, given the backend's {@code maxKeysPerQuery} for single keys:
     * the same for one field; for a composite key that many parameters divided by its width, and at most
     * {@value #COMPOSITE_KEYS_PER_QUERY}.
     */
    public int keysPerQuery(int singleKeys) {
        if (!composite()) {
            return singleKeys;
        }
        return Math.min(COMPOSITE_KEYS_PER_QUERY, singleKeys / fields.size());
    }

    /** Whether the key has two or more parts. */
    public boolean composite() {
        return fields.size() > 1;
    }

    /** The stored key of a record as its fields hold it now; a part may be null. */
    public Object stored(Object record) {
        if (!composite()) {
            return fields.get(0).storedValue(record);   // the common case, without a lambda
        }
        return parts(i -> fields.get(i).storedValue(record));
    }

    /** The stored key in a snapshot of stored values by field index (a record state's loaded values). */
    public Object of(IntFunction<Object> storedValueAt) {
        return parts(i -> storedValueAt.apply(fields.get(i).index()));
    }

    /** The stored key in a row whose first columns are the key's, in order ({@code storedValueAt} by position). */
    public Object leading(IntFunction<Object> storedValueAt) {
        return parts(storedValueAt);
    }

    /** The stored key made of each part's value ({@code partAt} by position in the key): the value, or their list. */
    private Object parts(IntFunction<Object> partAt) {
        if (!composite()) {
            return partAt.apply(0);
        }
        Object[] parts = new Object[fields.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = partAt.apply(i);
        }
        return Collections.unmodifiableList(Arrays.asList(parts));
    }

    /**
     * A stored key of the other side of a relation made lookup-ready for this side: each part converted to this
     * side's integer width ({@link Values#coerceKey}); null when a part is null (it refers to nothing).
     */
    public Object coerce(Object storedKey) {
        if (!composite()) {
            return storedKey == null ? null : Values.coerceKey(fields.get(0), storedKey);
        }
        List<?> parts = (List<?>) storedKey;
        Object[] out = new Object[parts.size()];
        for (int i = 0; i < out.length; i++) {
            if (parts.get(i) == null) {
                return null;
            }
            out[i] = Values.coerceKey(fields.get(i), parts.get(i));
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** A record's key normalized for map lookups across integer widths ({@link Values#key}); null when incomplete. */
    public Object lookup(Object record) {
        Object k = stored(record);
        return incomplete(k) ? null : normalized(k);
    }

    /** A stored (coerced) key normalized for map lookups, as {@link #lookup} gives it for a record. */
    public Object normalized(Object storedKey) {
        if (!composite() || storedKey == null) {
            return storedKey == null ? null : Values.key(storedKey);
        }
        List<?> parts = (List<?>) storedKey;
        Object[] out = new Object[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Values.key(parts.get(i));
        }
        return Arrays.asList(out);
    }

    /** Writes a stored key (of this key's shape) into the record's fields; null clears every part. */
    public void set(Object record, Object storedKey) {
        if (!composite()) {
            fields.get(0).setStoredValue(record, storedKey);
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setStoredValue(record, storedKey == null ? null : ((List<?>) storedKey).get(i));
        }
    }

    /** Whether a stored key lacks a part (null, or a composite key with a null part). */
    public boolean incomplete(Object storedKey) {
        return storedKey == null || storedKey instanceof List<?> l && l.contains(null);
    }

    /** Whether two stored keys are the same key. */
    public boolean same(Object a, Object b) {
        if (!composite()) {
            return fields.get(0).sameStored(a, b);
        }
        List<?> x = (List<?>) a;
        List<?> y = (List<?>) b;
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).sameStored(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The resolved condition "key = stored key": one comparison per part. */
    public Filter equalTo(Object storedKey) {
        if (!composite()) {
            return new Filter.Compare(columns.get(0), Predicate.Operator.EQ, storedKey);
        }
        List<?> parts = (List<?>) storedKey;
        List<Filter> all = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            all.add(new Filter.Compare(columns.get(i), Predicate.Operator.EQ, parts.get(i)));
        }
        return new Filter.And(all);
    }

    /**
     * The resolved condition "key is one of these stored keys": {@code IN} for one field, an OR of one AND per key
     * for a composite one (every backend runs it; chunk the keys as for {@code IN}).
     */
    public Filter in(List<Object> storedKeys) {
        if (!composite()) {
            return new Filter.In(columns.get(0), storedKeys, false);
        }
        if (storedKeys.size() == 1) {
            return equalTo(storedKeys.get(0));
        }
        List<Filter> any = new ArrayList<>(storedKeys.size());
        for (Object k : storedKeys) {
            any.add(equalTo(k));
        }
        return any.isEmpty() ? new Filter.In(columns.get(0), List.of(), false) : new Filter.Or(any);
    }

    /**
     * The stored key of a value the caller gave ({@code find}, {@code whereId}): the id itself, or a {@link Key} of
     * as many parts as the model has {@code @Id} fields, each converted to its field's type.
     */
    public Object fromCaller(Object given) {
        if (given == null) {
            throw new QueryException("Looking up " + model + " by a null id");
        }
        if (!composite()) {
            if (given instanceof Key) {
                throw new QueryException("Looking up " + model + " by the composite " + given + ", but " + model
                        + " has a single id, " + fields.get(0).javaName() + "; pass the id's value itself");
            }
            return Values.coerce(fields.get(0), given);
        }
        if (!(given instanceof Key k) || k.parts().size() != fields.size()) {
            throw new QueryException("Looking up " + model + " by " + given + ", but its key has " + fields.size()
                    + " parts, " + describeFields() + "; pass Key.of(" + String.join(", ", fields.stream()
                    .map(FieldInfo::javaName).toList()) + ")");
        }
        Object[] parts = new Object[fields.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Values.coerce(fields.get(i), k.parts().get(i));
        }
        return Collections.unmodifiableList(Arrays.asList(parts));
    }

    /** A stored key as messages show it: the value, or {@code (a=1, b=2)}. */
    public String describe(Object storedKey) {
        if (!composite() || !(storedKey instanceof List<?> parts)) {
            return String.valueOf(storedKey);
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(fields.get(i).javaName()).append('=').append(parts.get(i));
        }
        return sb.append(')').toString();
    }

    /** The key's fields for messages: {@code (orderNo, lineNo)} or the one field's name. */
    public String describeFields() {
        return composite() ? "(" + String.join(", ", fields.stream().map(FieldInfo::javaName).toList()) + ")"
                : fields.get(0).javaName();
    }
}

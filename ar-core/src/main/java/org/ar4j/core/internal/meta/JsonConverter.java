package org.ar4j.core.internal.meta;

import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.ar4j.JsonCodec;
import org.ar4j.ValueConverter;
import org.ar4j.spi.JsonValue;

/**
 * The converter of a {@link org.ar4j.Json} field: its value as a {@link JsonValue} (text and plain tree) through the
 * database's {@link JsonCodec}, read back as the field's generic type. Two stored documents are the same when their
 * trees are equal by meaning: key order aside, numbers by value.
 */
final class JsonConverter implements ValueConverter<Object, JsonValue> {
    private final JsonCodec codec;
    private final Type type;

    JsonConverter(JsonCodec codec, Type type) {
        this.codec = codec;
        this.type = type;
    }

    @Override
    public Class<JsonValue> storedType() {
        return JsonValue.class;
    }

    @Override
    public JsonValue toStored(Object value) {
        try {
            // the text only: a tree, when a backend or a comparison needs one, is parsed from it (never from the
            // value, which the application may change afterwards)
            return JsonValue.of(codec.toText(value), this::parse);
        } catch (StackOverflowError e) {
            // a value inside itself (or nested beyond the stack): no JSON document, refused like any bad value
            throw new IllegalArgumentException("the value nests too deep, or contains itself, to be a JSON document");
        }
    }

    @Override
    public Object fromStored(JsonValue stored) {
        return stored.text() != null ? codec.fromText(stored.text(), type) : codec.fromTree(stored.tree(), type);
    }

    private Object parse(String text) {
        return codec.fromText(text, Object.class);
    }

    /** The plain tree of a stored document, parsed from its text when it came as text. */
    Object tree(JsonValue v) {
        return v.hasTree() ? v.tree() : parse(v.text());
    }

    /**
     * Whether two stored documents (either may be null) mean the same: at once when their texts are equal (a backend
     * that keeps the text as written), else by their trees.
     */
    boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        JsonValue x = (JsonValue) a;
        JsonValue y = (JsonValue) b;
        if (x.text() != null && x.text().equals(y.text())) {
            return true;
        }
        return sameTree(tree(x), tree(y));
    }

    static boolean sameTree(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return JsonValue.decimal(x).compareTo(JsonValue.decimal(y)) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !sameTree(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = y.iterator();
            for (Object v : x) {
                if (!sameTree(v, i.next())) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }
}

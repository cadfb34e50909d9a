package org.ar4j.jackson;

import java.lang.reflect.Type;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.ar4j.JsonCodec;

/**
 * The {@link JsonCodec} of {@code @Json} fields through Jackson 3. Found through {@link java.util.ServiceLoader} with
 * a mapper of its own (records, {@code java.time}, decimals read exactly); give a database one over the application's
 * mapper with {@code Database.builder().json(new JacksonJsonCodec(mapper))} (ar-spring does so with the context's
 * {@code JsonMapper}). Thread-safe.
 */
public final class JacksonJsonCodec implements JsonCodec {
    private final ObjectMapper mapper;
    /** Each field's generic type as Jackson's, made once. */
    private final ConcurrentHashMap<Type, JavaType> types = new ConcurrentHashMap<>();

    /** A codec with ar4j's own mapper: floating-point numbers read as exact decimals. */
    public JacksonJsonCodec() {
        this(JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build());
    }

    /** A codec over the given mapper (its modules and settings apply to every {@code @Json} field). */
    public JacksonJsonCodec(ObjectMapper mapper) {
        if (mapper == null) {
            throw new IllegalArgumentException("JacksonJsonCodec needs a mapper: pass your JsonMapper, or use new"
                    + " JacksonJsonCodec() for ar4j's");
        }
        this.mapper = mapper;
    }

    @Override
    public String toText(Object value) {
        return mapper.writeValueAsString(value);
    }

    @Override
    public Object toTree(Object value) {
        return mapper.convertValue(value, Object.class);
    }

    @Override
    public Object fromText(String text, Type type) {
        return mapper.readValue(text, javaType(type));
    }

    @Override
    public Object fromTree(Object tree, Type type) {
        return mapper.convertValue(tree, javaType(type));
    }

    private JavaType javaType(Type type) {
        JavaType t = types.get(type);
        if (t == null) {
            t = types.computeIfAbsent(type, k -> mapper.getTypeFactory().constructType(k));
        }
        return t;
    }
}

package org.ar4j.jackson;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

import org.ar4j.ActiveRecord;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.HasManyThrough;
import org.ar4j.relation.HasOne;
import org.ar4j.relation.Relation;

/**
 * Writes a model as a JSON object: its mapped fields by Java name (embedded values and {@code @Json} documents as
 * nested JSON), then each relation that is loaded, and nothing of ar4j's state. Jackson's {@code @JsonIgnore} on a
 * field or a relation constant leaves it out, and {@code @JsonProperty("name")} on a field renames it. A relation that
 * is not loaded is left out (writing never runs a query); a record already being written further up (an inverse link)
 * is left out, so loaded cycles end.
 */
final class ModelSerializer extends StdSerializer<ActiveRecord<?>> {
    /** The records being written on this call's path, by identity. */
    private static final Object PATH = new Object();

    /** A field written, under its name: the Java name, or the one its {@code @JsonProperty} gives. */
    private record Written(String name, Field field) {
    }

    private final ConcurrentHashMap<Class<?>, List<Written>> fields = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Class<?>, List<Relation<?, ?>>> relations = new ConcurrentHashMap<>();

    @SuppressWarnings({"unchecked", "rawtypes"})
    ModelSerializer() {
        super((Class) ActiveRecord.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void serialize(ActiveRecord<?> record, JsonGenerator g, SerializationContext ctxt) {
        Set<Object> path = (Set<Object>) ctxt.getAttribute(PATH);
        if (path == null) {
            path = Collections.newSetFromMap(new IdentityHashMap<>());
            ctxt.setAttribute(PATH, path);
        }
        path.add(record);
        g.writeStartObject(record);
        try {
            for (Written w : fields.computeIfAbsent(record.getClass(), ModelSerializer::mapped)) {
                g.writeName(w.name());
                ctxt.writeValue(g, w.field().get(record));
            }
            for (Relation<?, ?> r : relations.computeIfAbsent(record.getClass(), ModelSerializer::declared)) {
                if (record.hasCachedRelation(r)) {
                    writeRelation(record, r, path, g, ctxt);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(record.getClass().getName() + " cannot be read for JSON: " + e.getMessage(), e);
        } finally {
            path.remove(record);
        }
        g.writeEndObject();
    }

    private static void writeRelation(ActiveRecord<?> owner, Relation<?, ?> r, Set<Object> path, JsonGenerator g,
                                      SerializationContext ctxt) {
        Object value = r instanceof BelongsTo<?> b ? b.get(owner) : r instanceof HasOne<?> h ? h.get(owner)
                : r instanceof HasMany<?> m ? m.get(owner) : r instanceof HasManyThrough<?> t ? t.get(owner) : null;
        if (value != null && path.contains(value)) {
            return; // the record this one was reached from
        }
        if (value instanceof List<?> list) {
            List<Object> shown = new ArrayList<>(list.size());
            for (Object v : list) {
                if (!path.contains(v)) {
                    shown.add(v);
                }
            }
            value = shown;
        }
        g.writeName(r.name());
        ctxt.writeValue(g, value);
    }

    /**
     * The fields ar4j maps (instance fields of the class chain, neither transient nor {@code @Transient}) less those
     * marked {@code @JsonIgnore}, named as their {@code @JsonProperty} says.
     */
    private static List<Written> mapped(Class<?> type) {
        List<Written> out = new ArrayList<>();
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != ActiveRecord.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()
                        || f.isAnnotationPresent(org.ar4j.Transient.class) || ignored(f)) {
                    continue;
                }
                JsonProperty named = f.getAnnotation(JsonProperty.class);
                String name = named == null || named.value().isEmpty() ? f.getName() : named.value();
                out.add(new Written(name, readable(f)));
            }
        }
        return List.copyOf(out);
    }

    /** Whether Jackson's {@code @JsonIgnore} leaves the field (or relation constant) out. */
    private static boolean ignored(Field f) {
        JsonIgnore ignore = f.getAnnotation(JsonIgnore.class);
        return ignore != null && ignore.value();
    }

    /** The field, made readable; a class in a module that does not open it is refused, naming the fix. */
    private static Field readable(Field f) {
        if (!f.trySetAccessible()) {
            Class<?> c = f.getDeclaringClass();
            throw new IllegalStateException(c.getName() + "." + f.getName() + " cannot be read to write JSON; in a"
                    + " module-info, open " + c.getPackageName() + " to org.ar4j.jackson");
        }
        return f;
    }

    /** The relation constants the class chain declares. */
    private static List<Relation<?, ?>> declared(Class<?> type) {
        List<Relation<?, ?>> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != ActiveRecord.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Relation.class.isAssignableFrom(f.getType()) && !ignored(f)) {
                    try {
                        out.add((Relation<?, ?>) readable(f).get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(type.getName() + "." + f.getName() + " cannot be read", e);
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}

package org.ar4j.core.internal.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ar4j.ActiveRecord;
import org.ar4j.Transient;
import org.ar4j.Column;
import org.ar4j.Convert;
import org.ar4j.Enumerated;
import org.ar4j.ValueConverter;
import org.ar4j.Id;
import org.ar4j.Json;
import org.ar4j.IdGenerator;
import org.ar4j.ModelDefinitionException;
import org.ar4j.Version;
import org.ar4j.relation.Relation;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;

/** Reads one model class's fields, constructor and relation constants, checking each as it goes. */
final class ModelReader {
    /** The longest declared string: MySQL's VARCHAR in utf8mb4 holds at most 16383 characters. */
    static final int MAX_LENGTH = 16_383;
    /** MySQL's DECIMAL limits, the tightest of the SQL backends. */
    static final int MAX_PRECISION = 65;
    static final int MAX_SCALE = 30;
    private ModelReader() {
    }

    static void collectRelation(String name, Class<?> declaring, Field f, Map<String, Relation<?, ?>> rels) {
        if (!Modifier.isFinal(f.getModifiers())) {
            throw new ModelDefinitionException(name + "." + f.getName() + " declares a relation but is not final;"
                    + " declare relations as 'public static final'");
        }
        try {
            MethodHandles.Lookup l = lookup(declaring);
            Relation<?, ?> r = (Relation<?, ?>) l.unreflectVarHandle(f).get();
            if (r == null) {
                throw new ModelDefinitionException(name + "." + f.getName() + " is a null relation; assign a descriptor"
                        + " such as hasMany(Post.class)");
            }
            String relName = r.spec().name() != null ? r.spec().name() : Naming.constantToCamel(f.getName());
            if (rels.put(relName, r) != null) {
                throw new ModelDefinitionException(name + " declares two relations named '" + relName
                        + "'; give one another name with .named(...)");
            }
        } catch (IllegalAccessException e) {
            throw new ModelDefinitionException(name + "." + f.getName() + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Where a mapped value lives: its Java name (a dotted path inside embedded values), column, and handles reading and
     * writing it on the model instance ({@code (Object)Object} and {@code (Object,Object)void}).
     *
     * @param javaName  the field name, or its path from the model ("address.city")
     * @param column    the column name
     * @param getter    reads the value from a model instance
     * @param setter    writes the value into a model instance
     * @param embedded  whether the value lives inside an embedded value (nullable with it, never an id)
     * @param keyPart   whether it is one part of a composite key (assigned by the application)
     */
    record Place(String javaName, String column, MethodHandle getter, MethodHandle setter, boolean embedded,
                 boolean keyPart) {
    }

    /** A field declared on the model class itself. */
    static FieldInfo field(String name, MethodHandles.Lookup lookup, Field f, int index, ModelRegistry registry,
                           boolean keyPart) {
        if (Modifier.isFinal(f.getModifiers())) {
            throw new ModelDefinitionException(name + "." + f.getName() + " is final, so ar4j cannot load it;"
                    + " make it non-final (in Kotlin: var, not val), or mark it @Transient to leave it unmapped");
        }
        try {
            MethodHandle g = lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Object.class));
            MethodHandle s = lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Object.class, Object.class));
            return mapped(name, f, index, registry, new Place(f.getName(), columnName(f), g, s, false, keyPart));
        } catch (IllegalAccessException e) {
            throw new ModelDefinitionException(name + "." + f.getName() + " cannot be accessed: " + e.getMessage());
        }
    }

    /** The column a field names: its {@code @Column} value, else its name in snake case. */
    static String columnName(Field f) {
        Column col = f.getAnnotation(Column.class);
        return col != null && !col.value().isBlank() ? col.value() : Naming.snake(f.getName());
    }

    /** A field's mapping (type, converter, roles, size) at a place. */
    static FieldInfo mapped(String name, Field f, int index, ModelRegistry registry, Place at) {
        String where = name + "." + at.javaName();
        boolean isId = f.isAnnotationPresent(Id.class);
        boolean isVersion = f.isAnnotationPresent(Version.class);
        if (at.embedded() && (isId || isVersion)) {
            throw new ModelDefinitionException(where + " is inside an embedded value, which holds no @Id or @Version;"
                    + " declare it on the model itself");
        }
        Class<?> javaType = at.embedded() ? Values.boxed(f.getType()) : f.getType();
        Convert convert = f.getAnnotation(Convert.class);
        boolean json = f.isAnnotationPresent(Json.class) || scalarList(f);
        if (json && (convert != null || isId || isVersion || f.getType().isPrimitive())) {
            throw new ModelDefinitionException(where + " is @Json, so its JSON codec stores it; ids, versions,"
                    + " primitives and @Convert fields cannot be: remove @Json or the other");
        }
        ValueConverter<?, ?> forType = isId || isVersion ? null : registry.converter(javaType);
        ValueConverter<?, ?> converter = json ? new JsonConverter(registry.json(where), f.getGenericType())
                : convert != null ? converter(where, f, convert.value(), isId)
                : forType != null ? forType
                : javaType.isEnum() ? EnumMappings.of(where, javaType, f.getAnnotation(Enumerated.class))
                : BuiltInTypes.of(javaType);
        if (convert == null && forType == null && converter != null && isVersion) {
            throw new ModelDefinitionException(where + " is a @Version of type " + javaType.getSimpleName()
                    + "; a version must be long, Long, int or Integer");
        }
        ColumnType ct = Values.columnType(converter == null ? javaType : converter.storedType());
        if (ct == null && converter != null) {
            throw new ModelDefinitionException(where + " is stored by " + converter.getClass().getName()
                    + " as " + converter.storedType().getName() + ", a type ar4j does not store; make the converter"
                    + " store one of: " + Values.STORED);
        }
        if (ct == null) {
            throw new ModelDefinitionException(where + " has the unsupported type " + javaType.getName()
                    + ". Supported: " + Values.SUPPORTED + ". Fix: change its type, give it @Convert (or @Embedded"
                    + " for a value of several fields), give the database a converter for the type"
                    + " (DatabaseBuilder.converter), or mark it @Transient (or 'transient') to leave it unmapped");
        }
        IdGenerator generator = isId ? generator(name, f) : null;
        if (at.keyPart() && (generator != null || javaType.isPrimitive())) {
            throw new ModelDefinitionException(where + " is part of a composite key, whose parts the application"
                    + " assigns: " + (generator != null ? "remove its generator" : "declare it as "
                    + Values.boxed(javaType).getSimpleName() + ", so that a missing part is null"));
        }
        boolean generated = isId && !at.keyPart() && generatedByBackend(where, f, javaType, generator);
        if (isVersion && ct != ColumnType.LONG && ct != ColumnType.INTEGER) {
            throw new ModelDefinitionException(where + " is a @Version of type " + javaType.getSimpleName()
                    + "; a version must be long, Long, int or Integer");
        }
        if (isVersion && isId) {
            throw new ModelDefinitionException(where + " cannot be both @Id and @Version");
        }
        Column col = f.getAnnotation(Column.class);
        int[] size = size(where, ct, col);
        return new FieldInfo(new FieldInfo.Declaration(name, at.javaName(), at.column(),
                new FieldInfo.Mapping(javaType, converter, generator), ct,
                new FieldInfo.Roles(isId, generated, col != null && col.unique(), col != null && col.notNull(), isVersion),
                new ColumnSpec.Size(size[0], size[1], size[2], col != null && col.fixedWidth(),
                        javaType == Short.class || javaType == short.class, col != null && col.insertDefault())),
                index, at.getter(), at.setter());
    }

    /** The element types of a list or set stored as a JSON array without {@code @Json}. */
    private static final java.util.Set<Class<?>> LIST_ELEMENTS = java.util.Set.of(String.class, Integer.class,
            Long.class, Double.class, java.math.BigDecimal.class, Boolean.class, UUID.class);

    /** A {@code List<String>}, {@code Set<Long>}... field: a JSON array on every backend (a native one on MongoDB). */
    private static boolean scalarList(Field f) {
        Class<?> t = f.getType();
        return (t == java.util.List.class || t == java.util.Set.class || t == java.util.Collection.class)
                && f.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> e && LIST_ELEMENTS.contains(e);
    }

    /** The JVM generator an @Id asks for, made once per model; null for none. */
    /** Whether the backend generates this id: a Long or Integer id without a generator, not declared assigned. */
    private static boolean generatedByBackend(String where, Field f, Class<?> javaType, IdGenerator generator) {
        boolean assigned = f.getAnnotation(Id.class).assigned();
        if (assigned && generator != null) {
            throw new ModelDefinitionException(where + " is an @Id both assigned by the application and made by a"
                    + " generator; keep one of @Id(assigned = true) and @Id(generated/generator)");
        }
        boolean numeric = javaType == Long.class || javaType == long.class || javaType == Integer.class
                || javaType == int.class;
        if (!numeric && generator == null && javaType != String.class && javaType != UUID.class) {
            throw new ModelDefinitionException(where + " is an @Id of type " + javaType.getSimpleName()
                    + "; ids must be Long or Integer (generated, or @Id(assigned = true)) or String or UUID (assigned)");
        }
        return numeric && generator == null && !assigned;
    }

    private static IdGenerator generator(String model, Field f) {
        Id id = f.getAnnotation(Id.class);
        String where = model + "." + f.getName();
        boolean custom = id.generator() != IdGenerator.class;
        if (custom && id.generated() != Id.Generated.NONE) {
            throw new ModelDefinitionException(where + " names both a built-in and its own id generator; keep one");
        }
        if (id.generated() == Id.Generated.UUID_V7) {
            if (f.getType() != UUID.class && f.getType() != String.class) {
                throw new ModelDefinitionException(where + " is a " + f.getType().getSimpleName() + " with @Id(generated ="
                        + " UUID_V7); a version-7 UUID is a UUID or String id");
            }
            return new UuidV7(f.getType() == String.class);
        }
        if (!custom) {
            return null;
        }
        if (f.getType().isPrimitive()) {
            throw new ModelDefinitionException(where + " is a primitive id with a generator; make it an object type"
                    + " (Long, String, UUID...) so that a new record's id is null until it is made");
        }
        try {
            Class<? extends IdGenerator> type = id.generator();
            return (IdGenerator) lookup(type).findConstructor(type, MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            throw new ModelDefinitionException(where + ": its id generator " + id.generator().getName()
                    + " cannot be made (" + e + "); give it a no-argument constructor (it may be private)");
        }
    }

    /** A field's converter, made once per model with its no-argument constructor. */
    private static ValueConverter<?, ?> converter(String where, Field f, Class<? extends ValueConverter<?, ?>> type,
                                                  boolean isId) {
        if (isId || f.isAnnotationPresent(Version.class) || f.getType().isPrimitive()) {
            throw new ModelDefinitionException(where + " has @Convert, but ids, versions and primitive fields are stored"
                    + " as they are; remove @Convert, or give the field an object type of your own");
        }
        ValueConverter<?, ?> c;
        try {
            c = (ValueConverter<?, ?>) lookup(type).findConstructor(type, MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            throw new ModelDefinitionException(where + ": its converter " + type.getName() + " cannot be made (" + e
                    + "); give it a no-argument constructor (it may be private)");
        }
        if (c.storedType() == null) {
            throw new ModelDefinitionException(where + ": " + type.getName() + ".storedType() returned null; return"
                    + " the class of the values it stores");
        }
        return c;
    }

    /** The declared length, precision and scale, checked against the field's type and the portable limits. */
    private static int[] size(String where, ColumnType ct, Column col) {
        if (col == null) {
            return new int[3];
        }
        if (col.length() != 0 && (ct != ColumnType.STRING || col.length() < 1 || col.length() > MAX_LENGTH)) {
            throw new ModelDefinitionException(where + " declares @Column(length = " + col.length() + "); a length is for"
                    + " String fields, from 1 to " + MAX_LENGTH + " (use no length for longer text)");
        }
        if (col.fixedWidth() && (ct != ColumnType.STRING || col.length() == 0)) {
            throw new ModelDefinitionException(where + " declares @Column(fixedWidth = true); that is for String fields"
                    + " with a length: add @Column(length = n) for a CHAR(n) column");
        }
        if ((col.precision() != 0 || col.scale() != 0) && ct != ColumnType.DECIMAL) {
            throw new ModelDefinitionException(where + " declares a precision or scale; those are for BigDecimal fields");
        }
        if (col.precision() < 0 || col.precision() > MAX_PRECISION || col.scale() < 0 || col.scale() > MAX_SCALE
                || (col.precision() == 0 && col.scale() != 0) || col.scale() > col.precision()) {
            throw new ModelDefinitionException(where + " declares @Column(precision = " + col.precision() + ", scale = "
                    + col.scale() + "); use a precision from 1 to " + MAX_PRECISION + " and a scale from 0 to "
                    + MAX_SCALE + ", not above the precision (these hold on every SQL backend)");
        }
        return new int[] {col.length(), col.precision(), col.scale()};
    }

    /** The fields with the @Id first; two ids are refused. */
    static List<Field> idFirst(String name, List<Field> mapped) {
        List<Field> ordered = new ArrayList<>();
        int ids = 0;
        for (Field f : mapped) {
            if (f.isAnnotationPresent(Id.class)) {
                ordered.add(ids++, f);
            } else {
                ordered.add(f);
            }
        }
        return ordered;
    }

    /** The @Version field, or null; two are refused. */
    static FieldInfo versionOf(String name, List<FieldInfo> fields) {
        FieldInfo versionField = null;
        for (FieldInfo fi : fields) {
            if (fi.version) {
                if (versionField != null) {
                    throw new ModelDefinitionException(name + " has two @Version fields, " + versionField.javaName
                            + " and " + fi.javaName + "; keep one");
                }
                versionField = fi;
            }
        }
        return versionField;
    }

    static MethodHandle constructor(Class<?> type, String name, MethodHandles.Lookup lookup) {
        try {
            return lookup.findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
        } catch (NoSuchMethodException e) {
            throw new ModelDefinitionException(name + " has no no-argument constructor; add one (it may be private)");
        } catch (IllegalAccessException e) {
            throw new ModelDefinitionException(name + "'s no-argument constructor cannot be accessed: " + e.getMessage());
        }
    }

    static MethodHandles.Lookup lookup(Class<?> c) {
        try {
            return MethodHandles.privateLookupIn(c, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new ModelDefinitionException(c.getName() + " is not open to ar4j; in a module-info, add 'opens "
                    + c.getPackageName() + " to org.ar4j.core'");
        }
    }

    /** The mapped (non-static, non-transient) fields of the class chain, superclass first; relations into {@code rels}, default
     * scopes into {@code scopes}.
     */
    static List<Field> mappedFields(String name, Class<?> type, Map<String, Relation<?, ?>> rels,
                                    Map<String, org.ar4j.query.DefaultScope<?>> scopes) {
        List<Field> mapped = new ArrayList<>();
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != ActiveRecord.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m)) {
                    if (Relation.class.isAssignableFrom(f.getType())) {
                        ModelReader.collectRelation(name, c, f, rels);
                    } else if (f.getType() == org.ar4j.query.DefaultScope.class) {
                        ModelScopes.collect(name, c, f, scopes);
                    }
                    continue;
                }
                if (Modifier.isTransient(m) || f.isSynthetic() || f.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                mapped.add(f);
            }
        }
        return mapped;
    }

    /** Unique indexes of unique fields, then indexes of {@code @Column(index = true)} fields and of JSON paths. */
    static List<IndexSpec> indexes(String table, List<FieldInfo> fields, List<Field> mapped) {
        List<IndexSpec> out = new ArrayList<>();
        for (FieldInfo f : fields) {
            if (f.unique && !f.id) {
                out.add(new IndexSpec(Naming.indexName("ux", table, f.column), List.of(f.column), true));
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            FieldInfo f = fields.get(i);
            Column c = mapped.get(i).getAnnotation(Column.class);
            if (c != null && c.index() && !f.unique && !f.id) {
                out.add(new IndexSpec(Naming.indexName("ix", table, f.column), List.of(f.column), false));
            }
            out.addAll(JsonPaths.indexes(table, f, mapped.get(i)));
        }
        return out;
    }
}

package org.ar4j.core.internal.meta;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.ar4j.Embedded;
import org.ar4j.ModelDefinitionException;

/** Expands a model's {@link Embedded} field into one mapped field per leaf of its value, nested values included. */
final class Embeddeds {
    /** How deep values may nest; deeper is almost surely a cycle. */
    private static final int MAX_DEPTH = 8;

    /**
     * One leaf of an embedded value.
     *
     * @param info         its mapping, named by its path ("address.city") and prefixed column ("address_city")
     * @param declared     the Java field it is declared as (for its annotations)
     * @param documentPath where a document backend keeps it ("address.city", from column names)
     */
    record Leaf(FieldInfo info, Field declared, String documentPath) {
    }

    private Embeddeds() {
    }

    /** The leaves of the embedded field {@code f} of model {@code model}, indexed from {@code firstIndex}. */
    static List<Leaf> expand(String model, MethodHandles.Lookup lookup, Field f, int firstIndex, ModelRegistry registry) {
        String where = model + "." + f.getName();
        if (Modifier.isFinal(f.getModifiers())) {
            throw new ModelDefinitionException(where + " is final, so ar4j cannot load it; make it non-final");
        }
        MethodHandle g;
        MethodHandle s;
        try {
            g = lookup.unreflectGetter(f).asType(MethodType.methodType(Object.class, Object.class));
            s = lookup.unreflectSetter(f).asType(MethodType.methodType(void.class, Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new ModelDefinitionException(where + " cannot be accessed: " + e.getMessage());
        }
        Walk walk = new Walk(model, g, s, registry, firstIndex);
        String column = ModelReader.columnName(f);
        walk.value(f, f.getName() + ".", prefix(f, column), column, new ArrayList<>(), new ArrayList<>());
        return walk.leaves;
    }

    private static String prefix(Field f, String column) {
        String p = f.getAnnotation(Embedded.class).prefix();
        return p.isEmpty() ? column + "_" : p;
    }

    /** One expansion: the model's handles and the leaves found so far. */
    private static final class Walk {
        private final String model;
        private final MethodHandle modelGetter;
        private final MethodHandle modelSetter;
        private final ModelRegistry registry;
        private final List<Leaf> leaves = new ArrayList<>();
        private int index;

        Walk(String model, MethodHandle modelGetter, MethodHandle modelSetter, ModelRegistry registry, int index) {
            this.model = model;
            this.modelGetter = modelGetter;
            this.modelSetter = modelSetter;
            this.registry = registry;
            this.index = index;
        }

        /** The leaves of the value held by {@code holderField}, reached through {@code shapes} and {@code steps}. */
        void value(Field holderField, String javaPath, String columnPrefix, String docPath, List<ValueShape> shapes,
                   List<Integer> steps) {
            String where = model + "." + javaPath.substring(0, javaPath.length() - 1);
            if (shapes.size() >= MAX_DEPTH) {
                throw new ModelDefinitionException(where + " nests embedded values " + MAX_DEPTH + " deep; is a value"
                        + " embedding itself? Embed a value at most " + MAX_DEPTH + " levels deep");
            }
            ValueShape shape = ValueShape.of(where, holderField.getType());
            if (shape.fields().isEmpty()) {
                throw new ModelDefinitionException(where + " is @Embedded, but " + shape.type().getSimpleName()
                        + " has no fields to store; embed a value with fields, or mark the field @Transient");
            }
            shapes.add(shape);
            for (int i = 0; i < shape.fields().size(); i++) {
                Field f = shape.fields().get(i);
                String column = ModelReader.columnName(f);
                steps.add(i);
                if (f.isAnnotationPresent(Embedded.class)) {
                    value(f, javaPath + f.getName() + ".", columnPrefix + prefix(f, column), docPath + "." + column,
                            shapes, steps);
                } else {
                    EmbeddedPath path = new EmbeddedPath(modelGetter, modelSetter, shapes.toArray(new ValueShape[0]),
                            steps.stream().mapToInt(Integer::intValue).toArray());
                    ModelReader.Place at = new ModelReader.Place(javaPath + f.getName(), columnPrefix + column,
                            path.getter(), path.setter(), true, false);
                    leaves.add(new Leaf(ModelReader.mapped(model, f, index++, registry, at), f, docPath + "." + column));
                }
                steps.remove(steps.size() - 1);
            }
            shapes.remove(shapes.size() - 1);
        }
    }

}

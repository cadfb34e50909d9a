package org.ar4j.core.internal.meta;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ar4j.ActiveRecord;
import org.ar4j.ModelDefinitionException;
import org.ar4j.TypeName;
import org.ar4j.query.Predicate;
import org.ar4j.relation.MorphTo;
import org.ar4j.relation.Relation;
import org.ar4j.relation.RelationSpec;
import org.ar4j.spi.Filter;

/**
 * The type side of a polymorphic relation: the field holding a type name and the models those names stand for.
 * A MorphTo has one entry per declared target; the HasMany/HasOne on the other side ({@code morphMany}) has its own
 * model's only, and keeps just the records whose type field holds that name.
 */
public final class Morph {
    /** Finds a field of a model, or throws a definition error naming the fix. */
    interface Fields {
        FieldInfo find(ModelInfo model, String field, String role, String fix);
    }

    private final FieldInfo typeField;
    private final FieldInfo key;
    private final Map<String, ModelInfo> byName;

    private Morph(FieldInfo typeField, FieldInfo key, Map<String, ModelInfo> byName) {
        this.typeField = typeField;
        this.key = key;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The name a model is stored under in type fields: its {@link TypeName}, else its simple class name. */
    public static String typeName(Class<?> model) {
        TypeName n = model.getAnnotation(TypeName.class);
        return n != null ? n.value() : model.getSimpleName();
    }

    /**
     * The targets of a MorphTo, read by {@code model}; {@code def} makes the exception for a mistake. Names must differ
     * and every target's id must fit the key field.
     */
    static Morph of(FieldInfo typeField, FieldInfo key, List<Class<?>> types, Function<Class<?>, ModelInfo> model,
                    Function<String, ModelDefinitionException> def) {
        if (types.isEmpty()) {
            throw def.apply("names no target model; list them: morphTo(Post.class, Photo.class)");
        }
        if (typeField.javaType() != String.class) {
            throw def.apply("type field " + typeField.qualifiedName() + " is " + typeField.javaType().getSimpleName()
                    + "; declare it as String (it holds a type name such as \"" + typeName(types.get(0)) + "\")");
        }
        Map<String, ModelInfo> byName = new LinkedHashMap<>();
        for (Class<?> t : types) {
            if (t == null || !ActiveRecord.class.isAssignableFrom(t)) {
                throw def.apply("lists " + t + ", which is not a model class");
            }
            ModelInfo target = model.apply(t);
            ModelInfo before = byName.put(typeName(t), target);
            if (before != null) {
                throw def.apply(before.name() + " and " + target.name() + " are both stored as '" + typeName(t)
                        + "'; give one a different @TypeName");
            }
            if (target.id() == null) {
                throw def.apply("lists " + target.name() + ", which has " + (target.key() == null ? "no key"
                        : "the composite key " + target.key().describeFields()) + "; a MorphTo refers to a single id");
            }
            if (!key.canReferTo(target.id())) {
                throw def.apply("key " + key.qualifiedName() + " is " + key.javaType().getSimpleName() + " but "
                        + target.name() + "'s id is " + target.id().javaType().getSimpleName() + "; give them one type");
            }
        }
        return new Morph(typeField, key, byName);
    }

    /**
     * The other side of the target's MorphTo that a morphMany/morphOne on {@code owner} names: that relation's key and
     * type fields, keeping only records whose type field holds the owner's name.
     */
    static Morph otherSide(RelationSpec spec, ModelInfo owner, ModelInfo target, Fields fields,
                           Function<String, ModelDefinitionException> def) {
        String morph = spec.keys().morph();
        Relation<?, ?> other = target.declaredRelations().get(morph);
        if (!(other instanceof MorphTo m)) {
            throw def.apply("names " + target.name() + "." + morph + ", which is " + (other == null ? "not a relation of "
                    + target.name() : "not a MorphTo") + "; name the MorphTo of " + target.name() + " that points here");
        }
        Class<?> declared = m.spec().keys().types().stream().filter(t -> t.isAssignableFrom(owner.type())).findFirst()
                .orElse(null);
        if (declared == null) {
            throw def.apply(target.name() + "." + morph + " does not list " + owner.name() + "; add " + owner.name()
                    + ".class to its morphTo(...)");
        }
        if (spec.keys().foreignKey() != null || spec.keys().inverseOf() != null) {
            throw def.apply("takes its key and its inverse from " + target.name() + "." + morph
                    + "; remove foreignKey/inverseOf");
        }
        RelationSpec.Keys k = m.spec().keys();
        FieldInfo key = fields.find(target, k.foreignKey() != null ? k.foreignKey() : morph + "Id", "key of "
                + target.name() + "." + morph, "foreignKey(...) on that MorphTo");
        FieldInfo type = fields.find(target, k.targetKey() != null ? k.targetKey() : morph + "Type", "type field of "
                + target.name() + "." + morph, "typeKey(...) on that MorphTo");
        Map<String, ModelInfo> one = new LinkedHashMap<>();
        one.put(typeName(declared), owner);   // a subclass in the declared model's hierarchy: stored under its name
        return new Morph(type, key, one);
    }

    /** The key field: the MorphTo owner's, or, on the other side, the target's. */
    public FieldInfo key() {
        return key;
    }

    /** The type field. */
    public FieldInfo typeField() {
        return typeField;
    }

    /** The models by stored name, in declaration order. */
    public Map<String, ModelInfo> targets() {
        return byName;
    }

    /** The model a stored name stands for, or null. */
    public ModelInfo target(String name) {
        return byName.get(name);
    }

    /**
     * The stored name of a model among the targets, or null when it is none of them. A subclass in a target's
     * single-table hierarchy is stored under that target's name (reading it back builds the subclass).
     */
    public String nameOf(Class<?> model) {
        for (Map.Entry<String, ModelInfo> e : byName.entrySet()) {
            if (e.getValue().type() == model) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, ModelInfo> e : byName.entrySet()) {
            if (e.getValue().type().isAssignableFrom(model)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The condition "the type field holds {@code name}". */
    public Filter holds(String name) {
        return new Filter.Compare(typeField.column(), Predicate.Operator.EQ, name);
    }

    /** The one name the other side of a MorphTo (a morphMany/morphOne) keeps and writes. */
    public String ownerName() {
        return byName.keySet().iterator().next();
    }

    /** The declared names, for messages. */
    public String names() {
        return String.join(", ", byName.keySet());
    }
}

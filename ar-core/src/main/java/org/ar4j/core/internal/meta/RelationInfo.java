package org.ar4j.core.internal.meta;

import java.util.List;

import org.ar4j.ModelDefinitionException;
import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.spi.Filter;
import org.ar4j.relation.Dependent;
import org.ar4j.relation.Relation;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.cache.RelationCache;
import org.ar4j.relation.RelationSpec;
import org.ar4j.spi.ForeignKeySpec;

/**
 * A verified relation: the models and key fields on each side, resolved and checked once.
 *
 * <ul>
 *   <li>BELONGS_TO: {@code ownerKey} is the foreign key on the owner, {@code targetKey} the
 *       referenced field on the target (its id by default).</li>
 *   <li>HAS_ONE / HAS_MANY: {@code ownerKey} is the referenced field on the owner (its id by
 *       default), {@code targetKey} the foreign key on the target.</li>
 *   <li>MORPH_TO: {@code ownerKey} is the key on the owner; {@code target} and {@code targetKey} are null, the
 *       targets are the {@link #morph()}'s.</li>
 *   <li>HAS_MANY_THROUGH: {@code ownerKey} and {@code targetKey} are the referenced fields (ids);
 *       {@code joinOwnerKey} and {@code joinTargetKey} are the join model's foreign keys.</li>
 * </ul>
 */
public final class RelationInfo {
    private final ModelInfo owner;
    private final String name;
    private final Relation<?, ?> descriptor;
    private final RelationSpec spec;
    private final Kind kind;
    private final ModelInfo target;
    private final FieldInfo ownerKey;
    private final FieldInfo targetKey;
    /** The owner's side of the key as a {@link KeyFields}: {@code ownerKey}'s one field, or a composite key's parts. */
    private final KeyFields ownerKeys;
    /** The target's side of the key, as {@link #ownerKeys}; null for a MorphTo. */
    private final KeyFields targetKeys;
    private final ModelInfo join;
    private final FieldInfo joinOwnerKey;
    private final FieldInfo joinTargetKey;
    private final String inverseName;
    private final Morph morphTo;
    private final RelationCache.RelationKey cacheKey;
    private final Filter condition;
    private final List<Order> order;
    private volatile RelationInfo inverse;

    RelationInfo(ModelInfo owner, String name, Relation<?, ?> descriptor) {
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.spec = descriptor.spec();
        this.kind = spec.kind();
        this.target = kind == Kind.MORPH_TO ? null : model(spec.target(), "target");
        Class<?> keyOwner = Hierarchy.cacheOwner(owner, descriptor);   // one key (compared by identity) per declaration
        this.cacheKey = keyOwner == owner.type() ? new RelationCache.RelationKey(owner.type(), name, spec.loading().cache())
                : owner.registry().of(keyOwner).relation(name).cacheKey();
        checkLoaderOwner();
        RelationChecks.Composite composite = RelationChecks.composite(kind, owner, target, spec.keys(), this::key,
                this::def);
        Sides sides = composite != null ? new Sides(null, null, null, null, null, null) : sides();
        this.ownerKey = sides.ownerKey();
        this.targetKey = sides.targetKey();
        this.ownerKeys = composite != null ? composite.ownerKeys() : KeyFields.over(owner, List.of(ownerKey));
        this.targetKeys = composite != null ? composite.targetKeys()
                : targetKey == null ? null : KeyFields.over(target, List.of(targetKey));
        this.join = sides.join();
        this.joinOwnerKey = sides.joinOwnerKey();
        this.joinTargetKey = sides.joinTargetKey();
        this.morphTo = sides.morph();
        checkShape();
        try {
            Filter declared = spec.scope().where() == null ? null : Conditions.resolve(target, spec.scope().where());
            Filter own = target == null ? declared : Conditions.and(target.ownCondition(), declared);
            this.condition = morphTo == null || kind == Kind.MORPH_TO ? own
                    : Conditions.and(morphTo.holds(morphTo.ownerName()), own);
            this.order = kind == Kind.MORPH_TO ? List.of() : List.copyOf(Conditions.resolveOrders(target,
                    spec.scope().orderBy()));
        } catch (QueryException e) {
            throw def("scope names a field " + target.name() + " lacks: " + e.getMessage());
        }
        this.inverseName = spec.keys().morph() != null ? spec.keys().morph() : spec.keys().inverseOf();
        if (inverseName != null && spec.keys().morph() == null) {
            RelationChecks.checkInverse(this, inverseName, this::def);
        }
    }

    /** The key fields of each side, as the kind has them (see the class comment). */
    private record Sides(FieldInfo ownerKey, FieldInfo targetKey, ModelInfo join, FieldInfo joinOwnerKey,
                         FieldInfo joinTargetKey, Morph morph) {
    }

    private Sides sides() {
        RelationSpec.Keys k = spec.keys();
        String ownerFk = k.foreignKey() != null ? k.foreignKey() : Naming.lowerFirst(owner.name()) + "Id";
        switch (kind) {
            case BELONGS_TO -> {
                FieldInfo fk = key(owner, k.foreignKey() != null ? k.foreignKey() : name + "Id", "foreign key",
                        ".foreignKey(\"" + Naming.snake(name) + "_id\")");
                return new Sides(fk, k.referencedKey() == null ? idOf(target)
                        : key(target, k.referencedKey(), "referenced key", ".referencedKey(...)"), null, null, null, null);
            }
            case MORPH_TO -> {
                FieldInfo fk = key(owner, k.foreignKey() != null ? k.foreignKey() : name + "Id", "key",
                        ".foreignKey(\"<field of " + owner.name() + ">\")");
                FieldInfo type = key(owner, k.targetKey() != null ? k.targetKey() : name + "Type", "type field",
                        ".typeKey(\"<field of " + owner.name() + ">\")");
                return new Sides(fk, null, null, null, null, Morph.of(type, fk, k.types(), t -> model(t, "target"), this::def));
            }
            case HAS_ONE, HAS_MANY -> {
                Morph m = k.morph() == null ? null : Morph.otherSide(spec, owner, target, this::key, this::def);
                return new Sides(referenced(), m != null ? m.key() : key(target, ownerFk, "foreign key",
                        ".foreignKey(\"<field of " + target.name() + ">\")"), null, null, null, m);
            }
            default -> {
                if (k.through() == null) {
                    throw def("has no join model; declare it with hasManyThrough(Target.class, Join.class)");
                }
                ModelInfo j = model(k.through(), "join model");
                String tk = k.targetKey() != null ? k.targetKey() : Naming.lowerFirst(target.name()) + "Id";
                FieldInfo jo = key(j, ownerFk, "join key to " + owner.name(), ".foreignKey(\"<field of "
                        + j.name() + " referring to " + owner.name() + ">\")");
                FieldInfo jt = key(j, tk, "join key to " + target.name(), ".targetKey(\"<field of "
                        + j.name() + " referring to " + target.name() + ">\")");
                FieldInfo referenced = referenced();
                compatible(jo, referenced);
                compatible(jt, idOf(target));
                return new Sides(referenced, target.id(), j, jo, jt, null);
            }
        }
    }

    /** The owner's field a HasOne/HasMany/HasManyThrough key refers to: its id, or the declared one. */
    private FieldInfo referenced() {
        return spec.keys().referencedKey() == null ? idOf(owner)
                : key(owner, spec.keys().referencedKey(), "referenced key", ".referencedKey(...)");
    }

    /** A model's id, which a relation refers to: a view without one is named, with the fix. */
    private FieldInfo idOf(ModelInfo model) {
        if (model.id() == null) {
            throw def("refers to the id of " + model.name() + ", a view declared without one; annotate its natural key"
                    + " with @Id, or name the referenced field with .referencedKey(...)");
        }
        return model.id();
    }

    /** A custom loader declared for this owner's type (before any key is looked at: it names the fix). */
    private void checkLoaderOwner() {
        if (spec.loading().loaderOwner() != null && !spec.loading().loaderOwner().isAssignableFrom(owner.type())) {
            throw def("has a loader declared for owners of type " + spec.loading().loaderOwner().getSimpleName() + ", but it is"
                    + " declared on " + owner.name() + "; pass " + owner.name() + ".class to loader(...)");
        }
    }

    /** Keys of compatible types; dependent and limit only where the kind takes them. */
    private void checkShape() {
        if (kind == Kind.MORPH_TO) {
            if (spec.writing().dependent() != Dependent.NONE || spec.scope().where() != null
                    || !spec.scope().orderBy().isEmpty() || spec.keys().inverseOf() != null) {
                throw def("takes no dependent, where, orderBy or inverseOf: its targets are of several models, and its"
                        + " inverses are the morphMany/morphOne relations that name it");
            }
            return;
        }
        if (kind != Kind.HAS_MANY_THROUGH && ownerKey != null) {   // a composite key's parts are checked as it is read
            compatible(kind == Kind.BELONGS_TO ? ownerKey : targetKey, kind == Kind.BELONGS_TO ? targetKey : ownerKey);
        }
        if (kind == Kind.BELONGS_TO && spec.writing().dependent() != Dependent.NONE) {
            throw def("BelongsTo cannot be dependent; declare dependent on the HasOne/HasMany side");
        }
        if (spec.scope().limit() != null && !kind.isCollection()) {
            throw def("has a limit, which only collection relations (HasMany, HasManyThrough) take");
        }
    }

    private ModelInfo model(Class<?> type, String role) {
        try {
            return owner.registry().unverified(type);
        } catch (ModelDefinitionException e) {
            throw new ModelDefinitionException("Relation " + owner.name() + "." + name + ": its " + role + " "
                    + type.getSimpleName() + " is not a valid model: " + e.getMessage(), e);
        }
    }

    private FieldInfo key(ModelInfo model, String fieldName, String role, String fix) {
        FieldInfo f = model.findField(fieldName);
        if (f == null) {
            String hint = Naming.closest(fieldName, model.fields().stream().map(FieldInfo::javaName).toList());
            throw def(role + " '" + fieldName + "' is not a field of " + model.name() + " (fields: " + model.fieldList()
                    + "). Fix: " + (hint != null ? "use '" + hint + "', or " : "") + "name a field of " + model.name()
                    + " with " + fix + ", or add the field");
        }
        return f;
    }

    private void compatible(FieldInfo fk, FieldInfo referenced) {
        if (!fk.canReferTo(referenced)) {
            throw def("foreign key " + fk.qualifiedName() + " is " + fk.javaType.getSimpleName() + " but refers to "
                    + referenced.qualifiedName() + ", which is " + referenced.javaType.getSimpleName()
                    + "; give both the same type");
        }
    }

    private ModelDefinitionException def(String what) {
        return new ModelDefinitionException("Relation " + owner.name() + "." + name + " (" + RelationChecks.kindName(kind)
                + (kind == Kind.MORPH_TO ? "" : "<" + spec.target().getSimpleName() + ">") + "): " + what);
    }

    /** The verified inverse relation, or null. */
    public RelationInfo inverse() {
        if (inverseName == null) {
            return null;
        }
        RelationInfo r = inverse;
        if (r == null) {
            r = target.registry().of(target.type()).relation(inverseName);
            inverse = r;
        }
        return r;
    }

    /** {@code Owner.name}, for messages. */
    public String qualifiedName() {
        return owner.name() + "." + name;
    }

    /** The owning model. */
    public ModelInfo owner() {
        return owner;
    }

    /** The relation name. */
    public String name() {
        return name;
    }

    /** The descriptor. */
    public Relation<?, ?> descriptor() {
        return descriptor;
    }

    /** The descriptor's configuration. */
    public RelationSpec spec() {
        return spec;
    }

    /** The kind. */
    public Kind kind() {
        return kind;
    }

    /** The related model. */
    public ModelInfo target() {
        return target;
    }

    /** The key on the owner side (see the class comment); null when the key is composite ({@link #ownerKeys()}). */
    public FieldInfo ownerKey() {
        return ownerKey;
    }

    /** The key on the target side (see the class comment); null when the key is composite ({@link #targetKeys()}). */
    public FieldInfo targetKey() {
        return targetKey;
    }

    /** The owner's side of the key: its one field, or the parts of a composite key. */
    public KeyFields ownerKeys() {
        return ownerKeys;
    }

    /** The target's side of the key, as {@link #ownerKeys()}; null for a MorphTo. */
    public KeyFields targetKeys() {
        return targetKeys;
    }

    /** Whether the relation's key has two or more fields on each side. */
    public boolean composite() {
        return ownerKeys.composite();
    }

    /** Refuses {@code operation} (its name built only then) on a composite-key relation, naming what works instead. */
    public void requireSingleKey(java.util.function.Supplier<String> operation) {
        if (composite()) {
            throw new QueryException(operation.get() + " across " + qualifiedName() + " is not supported: its key "
                    + ownerKeys.describeFields() + " is composite; load it with with(\"" + name + "\") or get(owner),"
                    + " or query " + target.name() + " by the key's fields");
        }
    }

    /** The type side of a polymorphic relation (a MorphTo's targets, or its other side's name); else null. */
    public Morph morph() {
        return morphTo;
    }

    /** The join model, for HAS_MANY_THROUGH. */
    public ModelInfo join() {
        return join;
    }

    /** The join model's key to the owner. */
    public FieldInfo joinOwnerKey() {
        return joinOwnerKey;
    }

    /** The join model's key to the target. */
    public FieldInfo joinTargetKey() {
        return joinTargetKey;
    }

    /** What its records must satisfy: its declared condition and the target's default scopes; null for none. */
    public Filter condition() {
        return kind == Kind.MORPH_TO || target == null ? condition : Conditions.and(condition, target.scopes().condition());
    }

    /** Its declared condition without the target's default scopes (a query that removes them itself); or null. */
    public Filter unscopedCondition() {
        return condition;
    }

    /** The relation's declared order, resolved to columns when the model was verified. */
    public List<Order> order() {
        return order;
    }

    /**
     * {@code order} (the relation's, a scope's) completed by the target's id, so ties come the same way every time:
     * the order an exact per-owner limit needs. A new list; {@code order} is left as it is.
     */
    public List<Order> completedById(List<Order> order) {
        List<Order> out = new java.util.ArrayList<>(order);
        if (target.key() == null) {
            return out;   // a view without a key: no tie-breaker to add
        }
        for (String id : target.key().columns()) {
            if (out.stream().noneMatch(o -> o.field().equals(id))) {
                out.add(Order.asc(id));
            }
        }
        return out;
    }

    /**
     * The foreign-key constraint the schema declares for this relation's key, or null: only a BelongsTo without a
     * custom loader whose referenced key is the target's id or unique becomes one.
     */
    public ForeignKeySpec foreignKey() {
        if (kind != Kind.BELONGS_TO || spec.loading().loader() != null || composite()
                || !(targetKey.isId() || targetKey.columnSpec().unique())) {
            return null;
        }
        String table = owner.table();
        return new ForeignKeySpec(Naming.indexName("fk", table, ownerKey.column()), ownerKey.column(), target.table(),
                targetKey.column());
    }

    /** The key the relation cache files values under. */
    public RelationCache.RelationKey cacheKey() {
        return cacheKey;
    }

    /** Whether the value is a list. */
    public boolean isCollection() {
        return kind.isCollection();
    }

    /** The keys that deserve an index for this relation: the model holding each, and its fields in index order. */
    public List<KeyIndex> keyIndexes() {
        return switch (kind) {
            case BELONGS_TO -> List.of(new KeyIndex(owner, ownerKeys.fields()));
            case MORPH_TO -> List.of(new KeyIndex(owner, List.of(morphTo.typeField(), ownerKey)));
            case HAS_ONE, HAS_MANY -> List.of(new KeyIndex(target, morphTo == null ? targetKeys.fields()
                    : List.of(morphTo.typeField(), targetKey)));
            case HAS_MANY_THROUGH -> List.of(new KeyIndex(join, List.of(joinOwnerKey)), new KeyIndex(join,
                    List.of(joinTargetKey)));
        };
    }

    /**
     * An index a relation's key deserves.
     *
     * @param model  the model whose table holds the key
     * @param fields the indexed fields, in order (a polymorphic key with its type first, as lookups use it)
     */
    public record KeyIndex(ModelInfo model, List<FieldInfo> fields) {
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}

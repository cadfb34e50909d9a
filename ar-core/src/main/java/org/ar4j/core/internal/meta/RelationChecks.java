package org.ar4j.core.internal.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ar4j.ModelDefinitionException;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.relation.RelationSpec;

/** The checks of a relation's declaration that need both models: its inverse, and its composite keys. */
final class RelationChecks {
    private RelationChecks() {
    }

    /** The two sides of a relation whose key has two or more fields. */
    record Composite(KeyFields ownerKeys, KeyFields targetKeys) {
    }

    /**
     * The sides of a BelongsTo/HasOne/HasMany whose key is composite (the referenced model's key has two or more parts,
     * or {@code foreignKey} names two or more fields), or null for a single-field key; refuses the kinds whose keys
     * are single fields (HasManyThrough, MorphTo) when a composite key is asked of them.
     */
    static Composite composite(Kind kind, ModelInfo owner, ModelInfo target, RelationSpec.Keys k, Morph.Fields fields,
                               Function<String, ModelDefinitionException> def) {
        List<String> named = k.foreignKeys();
        boolean belongs = kind == Kind.BELONGS_TO;
        boolean keyed = belongs || ((kind == Kind.HAS_ONE || kind == Kind.HAS_MANY) && k.morph() == null);
        ModelInfo referencedModel = belongs ? target : owner;
        KeyFields referenced = referencedModel == null ? null : referencedModel.key();
        boolean compositeReference = k.referencedKey() == null && referenced != null && referenced.composite();
        if (kind == Kind.HAS_MANY_THROUGH && ((composite(owner) && k.referencedKey() == null) || composite(target))) {
            throw def.apply("a HasManyThrough refers to each side by one field, but " + (composite(target) ? target
                    : owner).name() + " has a composite key; map the join model with hasMany and belongsTo instead");
        }
        if (named.size() < 2 && !(keyed && compositeReference)) {
            return null;
        }
        if (!keyed) {
            throw def.apply("takes one foreign-key field; only BelongsTo, HasOne and HasMany take a composite key");
        }
        if (k.referencedKey() != null || referenced == null || !referenced.composite()) {
            throw def.apply("names " + named.size() + " foreign-key fields, which refer to the composite key of "
                    + referencedModel.name() + ", but " + referencedModel.name() + (k.referencedKey() != null
                    ? " is referred to by " + k.referencedKey() + ": remove referencedKey(...)"
                    : " has " + (referenced == null ? "no key" : "the single id " + referenced.describeFields())));
        }
        ModelInfo holder = belongs ? owner : target;
        if (named.size() != referenced.fields().size()) {
            throw def.apply(referencedModel.name() + " has the composite key " + referenced.describeFields() + "; name the "
                    + holder.name() + " fields that hold it, in that order, with .foreignKey(" + String.join(", ",
                    referenced.fields().stream().map(f -> "\"<" + f.javaName() + " of " + holder.name() + ">\"").toList())
                    + ")" + (named.isEmpty() ? "" : " (got " + named.size() + ")"));
        }
        List<FieldInfo> fks = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            FieldInfo fk = fields.find(holder, named.get(i), "foreign key", ".foreignKey(...)");
            FieldInfo part = referenced.fields().get(i);
            if (!fk.canReferTo(part)) {
                throw def.apply("foreign key " + fk.qualifiedName() + " is " + fk.javaType().getSimpleName()
                        + " but refers to " + part.qualifiedName() + ", which is " + part.javaType().getSimpleName()
                        + "; give both the same type, and list the fields in the order of " + referenced.describeFields());
            }
            fks.add(fk);
        }
        KeyFields mine = KeyFields.over(holder, fks);
        return belongs ? new Composite(mine, referenced) : new Composite(referenced, mine);
    }

    private static boolean composite(ModelInfo m) {
        return m != null && m.key() != null && m.key().composite();
    }

    static void checkInverse(RelationInfo rel, String inverseName, Function<String, ModelDefinitionException> def) {
        ModelInfo target = rel.target();
        ModelInfo owner = rel.owner();
        Kind kind = rel.kind();
        var other = target.declaredRelations().get(inverseName);
        if (other == null) {
            throw def.apply("inverseOf(\"" + inverseName + "\") names no relation of " + target.name() + ". Relations of "
                    + target.name() + ": " + (target.declaredRelations().isEmpty() ? "(none)"
                    : String.join(", ", target.declaredRelations().keySet()))
                    + ". Fix: name the relation on " + target.name() + " that points back at " + owner.name());
        }
        if (!other.spec().target().isAssignableFrom(owner.type())) {
            throw def.apply("inverseOf(\"" + inverseName + "\") names " + target.name() + "." + inverseName + ", which points at "
                    + other.spec().target().getSimpleName() + ", not at " + owner.name());
        }
        Kind ok = other.spec().kind();
        boolean fits = switch (kind) {
            case BELONGS_TO -> ok == Kind.HAS_MANY || ok == Kind.HAS_ONE;
            case HAS_ONE, HAS_MANY -> ok == Kind.BELONGS_TO;
            case HAS_MANY_THROUGH -> ok == Kind.HAS_MANY_THROUGH;
            case MORPH_TO -> false;
        };
        if (!fits) {
            throw def.apply("inverseOf(\"" + inverseName + "\") pairs " + kindName(kind) + " with " + kindName(ok)
                    + ", which cannot be inverses; pair BelongsTo with HasOne/HasMany, and HasManyThrough with HasManyThrough");
        }
    }

    static String kindName(Kind k) {
        return switch (k) {
            case BELONGS_TO -> "BelongsTo";
            case HAS_ONE -> "HasOne";
            case HAS_MANY -> "HasMany";
            case HAS_MANY_THROUGH -> "HasManyThrough";
            case MORPH_TO -> "MorphTo";
        };
    }
}

package org.ar4j.core.internal.persist;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.Errors;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.query.QueryImpl;
import org.ar4j.core.internal.session.Session;
import org.ar4j.relation.Relation.Kind;

/**
 * The operations on one owner's relation: its scoped query, and set, add and remove, which write through
 * the database's {@link Persister} directly, never through the public API.
 */
public final class RelationOps {
    private final Session session;
    private final Persister persister;
    private final Scopes scopes;

    /** The relation operations of a database. */
    public RelationOps(Session session, Persister persister) {
        this.session = session;
        this.persister = persister;
        this.scopes = persister.scopes();
    }

    /** The query {@code relation.query(owner)} returns: scoped, ordered and limited, not yet run. */
    public QueryImpl<?> query(RelationInfo r, ActiveRecord<?> owner) {
        return scopes.scoped(r, owner);
    }

    /** Points a BelongsTo at a target (or at nothing), and caches the target as the relation's value. */
    public void set(RelationInfo r, ActiveRecord<?> owner, ActiveRecord<?> target) {
        if (r.kind() == Kind.MORPH_TO) {
            setMorph(r, owner, target);
        } else if (target == null) {
            r.ownerKeys().fields().forEach(f -> f.setJavaValue(owner, null));
        } else {
            Object key = r.ownerKeys().coerce(r.targetKeys().stored(target));
            if (key == null) {
                throw new Ar4jException("Cannot point " + r.qualifiedName() + " at a " + r.target().name()
                        + " without " + r.targetKeys().describeFields() + ": save it first");
            }
            r.ownerKeys().set(owner, key);
        }
        if (r.spec().loading().cache().enabled()) {
            session.cacheFor(r).put(owner, r.cacheKey(), target);
        }
    }

    /** Points a MorphTo at a record of one of its models (type name and key), or at nothing (both null). */
    private static void setMorph(RelationInfo r, ActiveRecord<?> owner, ActiveRecord<?> target) {
        if (target == null) {
            r.ownerKey().setJavaValue(owner, null);
            r.morph().typeField().setJavaValue(owner, null);
            return;
        }
        String type = r.morph().nameOf(target.getClass());
        if (type == null) {
            throw new Ar4jException("Cannot point " + r.qualifiedName() + " at a " + target.getClass().getSimpleName()
                    + ": it takes " + r.morph().names() + "; add " + target.getClass().getSimpleName()
                    + ".class to its morphTo(...)");
        }
        FieldInfo id = r.morph().target(type).id();
        Object key = id.storedValue(target);
        if (key == null) {
            throw new Ar4jException("Cannot point " + r.qualifiedName() + " at a " + type + " without " + id.javaName()
                    + ": save it first");
        }
        r.ownerKey().setStoredValue(owner, Values.coerceKey(r.ownerKey(), key));
        r.morph().typeField().setJavaValue(owner, type);
    }

    /** Adds a record to a HasMany (setting its foreign key and saving it) or a HasManyThrough (a join record). */
    public void add(RelationInfo r, ActiveRecord<?> owner, ActiveRecord<?> target) {
        Object key = r.ownerKeys().stored(owner);
        if (r.ownerKeys().incomplete(key)) {
            throw new Ar4jException("Cannot add to " + r.qualifiedName() + " of a " + r.owner().name()
                    + " without " + r.ownerKeys().describeFields() + ": save the " + r.owner().name() + " first");
        }
        if (r.kind() == Kind.HAS_MANY) {
            r.targetKeys().set(target, r.targetKeys().coerce(key));
            if (r.morph() != null) {
                r.morph().typeField().setJavaValue(target, r.morph().ownerName());
            }
            persister.save(target);
        } else if (r.kind() == Kind.HAS_MANY_THROUGH) {
            Object targetId = r.targetKey().storedValue(target);
            if (targetId == null) {
                throw new Ar4jException("Cannot add an unsaved " + r.target().name() + " to " + r.qualifiedName()
                        + ": save it first");
            }
            ActiveRecord<?> link = (ActiveRecord<?>) r.join().newInstance();
            r.joinOwnerKey().setStoredValue(link, Values.coerceKey(r.joinOwnerKey(), key));
            r.joinTargetKey().setStoredValue(link, Values.coerceKey(r.joinTargetKey(), targetId));
            persister.save(link);
        } else {
            throw new Ar4jException("add() is for HasMany and HasManyThrough; " + r.qualifiedName() + " is " + r.kind());
        }
        session.cacheFor(r).invalidate(owner, r.cacheKey());
    }

    /** Removes a record from a HasMany (nulling its foreign key) or a HasManyThrough (deleting the join record). */
    public void remove(RelationInfo r, ActiveRecord<?> owner, ActiveRecord<?> target) {
        Object key = r.ownerKeys().stored(owner);
        if (r.kind() == Kind.HAS_MANY) {
            Object mine = r.ownerKeys().lookup(owner);
            if (mine == null || !mine.equals(r.targetKeys().lookup(target))) {
                throw new Ar4jException("Cannot remove: this " + r.target().name() + " is not in " + r.qualifiedName()
                        + " of that " + r.owner().name());
            }
            for (FieldInfo f : r.targetKeys().fields()) {
                if (f.javaType().isPrimitive()) {
                    throw new Ar4jException("Cannot remove from " + r.qualifiedName() + ": " + f.qualifiedName()
                            + " is primitive and cannot be null; delete the record instead");
                }
            }
            r.targetKeys().fields().forEach(f -> f.setJavaValue(target, null));
            if (r.morph() != null) {
                r.morph().typeField().setJavaValue(target, null);
            }
            persister.save(target);
        } else if (r.kind() == Kind.HAS_MANY_THROUGH) {
            Object targetId = r.targetKey().storedValue(target);
            scopes.over(r.join())
                    .whereResolved(Scopes.keyEquals(r.joinOwnerKey(), key))
                    .whereResolved(Scopes.keyEquals(r.joinTargetKey(), targetId))
                    .deleteAll();
        } else {
            throw new Ar4jException("remove() is for HasMany and HasManyThrough; " + r.qualifiedName() + " is " + r.kind());
        }
        session.cacheFor(r).invalidate(owner, r.cacheKey());
    }

    /** The built-in validator's check: a BelongsTo's non-null foreign key must refer to an existing record. */
    public void checkForeignKeyExists(RelationInfo r, ActiveRecord<?> owner, Errors errors) {
        Object fk = r.ownerKeys().stored(owner);
        if (r.ownerKeys().incomplete(fk)) {
            return;   // a null (or, for a composite key, a partly null) key refers to nothing, as in SQL
        }
        if (!scopes.over(r.target()).whereResolved(Scopes.keyEquals(r.targetKeys(), fk)).exists()) {
            errors.add(r.ownerKeys().describeFields(), "refers to a " + r.target().name() + " with "
                    + r.targetKeys().describeFields() + " " + r.ownerKeys().describe(fk) + " that does not exist");
        }
    }
}

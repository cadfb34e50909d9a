package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.query.Predicate;
import org.ar4j.relation.Relation.Kind;
import org.ar4j.relation.RelationValidator;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;

/** Relation queries scoped to one owner, and the write operations on relations. */
final class RelationOps {
    private RelationOps() {
    }

    static Predicate keyEquals(FieldInfo key, Object canonical) {
        if (canonical == null) {
            return new Predicate.In(key.column(), List.of(), false);
        }
        return new Predicate.Compare(key.column(), Predicate.Operator.EQ, coerceKey(key, canonical));
    }

    /** A key value from one side converted to the other side's column type (Integer vs Long). */
    static Object coerceKey(FieldInfo key, Object canonical) {
        if (canonical instanceof Number n) {
            return switch (key.type()) {
                case INTEGER -> n.intValue();
                case LONG -> n.longValue();
                default -> canonical;
            };
        }
        return canonical;
    }

    /** The relation's records for one owner, with the relation's condition but no order or limit. */
    static QueryImpl<?> bulkScope(DatabaseImpl db, RelationInfo r, ActiveRecord<?> owner) {
        QueryImpl<?> q = new QueryImpl<>(db, r.target());
        switch (r.kind()) {
            case BELONGS_TO -> q = q.whereResolved(keyEquals(r.targetKey(), r.ownerKey().read(owner)));
            case HAS_ONE, HAS_MANY -> q = q.whereResolved(keyEquals(r.targetKey(), r.ownerKey().read(owner)));
            case HAS_MANY_THROUGH -> q = q.whereResolved(new Predicate.In(r.targetKey().column(),
                    targetIdsThrough(db, r, owner), false));
        }
        if (r.spec().where() != null) {
            q = (QueryImpl<?>) q.where(r.spec().where());
        }
        return q;
    }

    /** The query a relation's {@code query(owner)} returns: scoped, ordered and limited. */
    static QueryImpl<?> scoped(DatabaseImpl db, RelationInfo r, ActiveRecord<?> owner) {
        QueryImpl<?> q = bulkScope(db, r, owner);
        if (!r.spec().orderBy().isEmpty()) {
            q = (QueryImpl<?>) q.orderBy(r.spec().orderBy().toArray(new org.ar4j.query.Order[0]));
        }
        if (r.spec().limit() != null) {
            q = (QueryImpl<?>) q.limit(r.spec().limit());
        }
        return q;
    }

    static QueryImpl<?> joinRowsOf(DatabaseImpl db, RelationInfo r, ActiveRecord<?> owner) {
        return new QueryImpl<>(db, r.join()).whereResolved(keyEquals(r.joinOwnerKey(), r.ownerKey().read(owner)));
    }

    private static List<Object> targetIdsThrough(DatabaseImpl db, RelationInfo r, ActiveRecord<?> owner) {
        Object key = r.ownerKey().read(owner);
        List<Object> ids = new ArrayList<>();
        if (key == null) {
            return ids;
        }
        Select s = new Select(r.join().tableSpec(), List.of(r.joinTargetKey().column()),
                keyEquals(r.joinOwnerKey(), key), List.of(), null, null, null);
        try (RowCursor c = db.backend().find(s)) {
            while (c.next()) {
                Object v = c.get(0);
                if (v != null) {
                    ids.add(coerceKey(r.targetKey(), v));
                }
            }
        }
        return ids;
    }

    static void set(DatabaseImpl db, RelationInfo r, ActiveRecord<?> owner, ActiveRecord<?> target) {
        if (target == null) {
            r.ownerKey().set(owner, null);
        } else {
            Object key = r.targetKey().read(target);
            if (key == null) {
                throw new Ar4jException("Cannot point " + r.qualifiedName() + " at a " + r.target().name()
                        + " without " + r.targetKey().javaName() + ": save it first");
            }
            r.ownerKey().write(owner, coerceKey(r.ownerKey(), key));
        }
        if (r.spec().cache().enabled()) {
            db.cacheFor(r).put(owner, r.cacheKey(), target);
        }
    }

    static void add(DatabaseImpl db, RelationInfo r, ActiveRecord<?> owner, ActiveRecord<?> target) {
        Object key = r.ownerKey().read(owner);
        if (key == null) {
            throw new Ar4jException("Cannot add to " + r.qualifiedName() + " of a " + r.owner().name()
                    + " without " + r.ownerKey().javaName() + ": save the " + r.owner().name() + " first");
        }
        if (r.kind() == Kind.HAS_MANY) {
            r.targetKey().write(target, coerceKey(r.targetKey(), key));
            target.save();
        } else if (r.kind() == Kind.HAS_MANY_THROUGH) {
            Object targetId = r.targetKey().read(target);
            if (targetId == null) {
                throw new Ar4jException("Cannot add an unsaved " + r.target().name() + " to " + r.qualifiedName()
                        + ": save it first");
            }
            ActiveRecord<?> link = (ActiveRecord<?>) r.join().newInstance();
            r.joinOwnerKey().write(link, coerceKey(r.joinOwnerKey(), key));
            r.joinTargetKey().write(link, coerceKey(r.joinTargetKey(), targetId));
            Records.state(link).db = db;
            link.save();
        } else {
            throw new Ar4jException("add() is for HasMany and HasManyThrough; " + r.qualifiedName() + " is " + r.kind());
        }
        db.cacheFor(r).invalidate(owner, r.cacheKey());
    }

    static void remove(DatabaseImpl db, RelationInfo r, ActiveRecord<?> owner, ActiveRecord<?> target) {
        Object key = r.ownerKey().read(owner);
        if (r.kind() == Kind.HAS_MANY) {
            Object fk = r.targetKey().read(target);
            if (key == null || fk == null || !org.ar4j.core.internal.meta.Values.key(fk)
                    .equals(org.ar4j.core.internal.meta.Values.key(key))) {
                throw new Ar4jException("Cannot remove: this " + r.target().name() + " is not in " + r.qualifiedName()
                        + " of that " + r.owner().name());
            }
            if (r.targetKey().javaType().isPrimitive()) {
                throw new Ar4jException("Cannot remove from " + r.qualifiedName() + ": " + r.targetKey().qualifiedName()
                        + " is primitive and cannot be null; delete the record instead");
            }
            r.targetKey().set(target, null);
            target.save();
        } else if (r.kind() == Kind.HAS_MANY_THROUGH) {
            Object targetId = r.targetKey().read(target);
            new QueryImpl<>(db, r.join())
                    .whereResolved(keyEquals(r.joinOwnerKey(), key))
                    .whereResolved(keyEquals(r.joinTargetKey(), targetId))
                    .deleteAll();
        } else {
            throw new Ar4jException("remove() is for HasMany and HasManyThrough; " + r.qualifiedName() + " is " + r.kind());
        }
        db.cacheFor(r).invalidate(owner, r.cacheKey());
    }

    /** The built-in validator: a BelongsTo's non-null foreign key must refer to an existing record. */
    static final RelationValidator FOREIGN_KEY_EXISTS = (owner, relation, errors) -> {
        ModelInfo model = ModelRegistry.of(owner.getClass());
        RelationInfo r = model.relation(relation);
        if (r == null || r.kind() != Kind.BELONGS_TO) {
            throw new Ar4jException("foreignKeyExists() validates BelongsTo relations; " + relation + " is not one");
        }
        Object fk = r.ownerKey().read(owner);
        if (fk == null) {
            return;
        }
        DatabaseImpl db = Persistence.databaseOf(owner);
        if (!new QueryImpl<>(db, r.target()).whereResolved(keyEquals(r.targetKey(), fk)).exists()) {
            errors.add(r.ownerKey().javaName(), "refers to a " + r.target().name() + " with "
                    + r.targetKey().javaName() + " " + fk + " that does not exist");
        }
    };
}

package org.ar4j.core.internal.persist;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.core.internal.load.Loader;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.KeyFields;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.query.QueryImpl;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Read;
import org.ar4j.spi.Filter;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.core.internal.meta.ModelInfo;

/** Queries over one owner's related records: what {@code relation.query(owner)}, cascades and writes use. */
final class Scopes {
    private final Session session;
    private final Loader loader;

    Scopes(Session session, Loader loader) {
        this.session = session;
        this.loader = loader;
    }

    /** "key = the other side's stored key" (converted to the key's types); matches nothing for an incomplete key. */
    static Filter keyEquals(KeyFields key, Object otherSide) {
        Object coerced = key.coerce(otherSide);
        return coerced == null ? new Filter.In(key.columns().get(0), List.of(), false) : key.equalTo(coerced);
    }

    static Filter keyEquals(FieldInfo key, Object canonical) {
        if (canonical == null) {
            return new Filter.In(key.column(), List.of(), false);
        }
        return new Filter.Compare(key.column(), Predicate.Operator.EQ, Values.coerceKey(key, canonical));
    }

    /** The relation's records for one owner, with the relation's condition but no order or limit. */
    QueryImpl<?> bulk(RelationInfo r, ActiveRecord<?> owner) {
        QueryImpl<?> q = new QueryImpl<>(session, loader, r.target());
        q = switch (r.kind()) {
            case BELONGS_TO, HAS_ONE, HAS_MANY -> q.whereResolved(keyEquals(r.targetKeys(), r.ownerKeys().stored(owner)));
            case MORPH_TO -> throw new Ar4jException(r.qualifiedName() + " is a MorphTo, whose records are of several models ("
                    + r.morph().names() + "): no one query reads them; use get(owner)");
            case HAS_MANY_THROUGH -> q.whereAtRun(() -> new Filter.In(r.targetKey().column(),
                    targetIdsThrough(r, owner), false));
        };
        return r.unscopedCondition() == null ? q : q.whereResolved(r.unscopedCondition());
    }

    /** The query a relation's {@code query(owner)} returns: scoped, ordered and limited. */
    QueryImpl<?> scoped(RelationInfo r, ActiveRecord<?> owner) {
        return bulk(r, owner).orderedAndLimited(r.order(), r.spec().scope().limit());
    }

    /** The join records of an owner, for HasManyThrough. */
    QueryImpl<?> joinRowsOf(RelationInfo r, ActiveRecord<?> owner) {
        return new QueryImpl<>(session, loader, r.join()).whereResolved(keyEquals(r.joinOwnerKey(),
                r.ownerKey().storedValue(owner)));
    }

    /** A query over a model of this database. */
    QueryImpl<?> over(ModelInfo model) {
        return new QueryImpl<>(session, loader, model);
    }

    private List<Object> targetIdsThrough(RelationInfo r, ActiveRecord<?> owner) {
        Object key = r.ownerKey().storedValue(owner);
        List<Object> ids = new ArrayList<>();
        if (key == null) {
            return ids;
        }
        Select s = new Select(r.join().tableSpec(), List.of(r.joinTargetKey().column()), keyEquals(r.joinOwnerKey(),
                key), List.of(), Select.Window.ALL, null, List.of());
        try (RowCursor c = session.backend().read(Read.find(s))) {
            while (c.next()) {
                Object v = c.get(0);
                if (v != null) {
                    ids.add(Values.coerceKey(r.targetKey(), v));
                }
            }
        }
        return ids;
    }
}

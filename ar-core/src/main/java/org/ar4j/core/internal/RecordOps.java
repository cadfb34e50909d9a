package org.ar4j.core.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.Database;
import org.ar4j.Errors;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.persist.Changes;
import org.ar4j.core.internal.persist.Writes;
import org.ar4j.core.internal.query.OwnerAggregate;
import org.ar4j.core.internal.query.OwnerAggregates;
import org.ar4j.core.internal.session.AggregateKey;
import org.ar4j.core.internal.session.Records;
import org.ar4j.internal.engine.RecordOperations;
import org.ar4j.query.Predicate;
import org.ar4j.query.Query;
import org.ar4j.query.RelationPath;
import org.ar4j.relation.Relation.Kind;

/** One database's {@link RecordOperations}: the API's record and relation calls, handed to its objects. */
final class RecordOps implements RecordOperations {
    private final DatabaseImpl db;

    RecordOps(DatabaseImpl db) {
        this.db = db;
    }

    @Override
    public Database database() {
        return db;
    }

    @Override
    public void save(ActiveRecord<?> record) {
        db.persister().save(record);
    }

    @Override
    public void delete(ActiveRecord<?> record) {
        db.persister().delete(record, false);
    }

    @Override
    public void forceDelete(ActiveRecord<?> record) {
        db.persister().delete(record, true);
    }

    @Override
    public void restore(ActiveRecord<?> record) {
        db.persister().restore(record);
    }

    @Override
    public void reload(ActiveRecord<?> record) {
        db.persister().reload(record);
    }

    @Override
    public boolean isNewRecord(ActiveRecord<?> record) {
        return !Records.isPersisted(record);
    }

    @Override
    public Set<String> changedFields(ActiveRecord<?> record) {
        return new LinkedHashSet<>(Writes.changedFields(db.models().of(record.getClass()), record));
    }

    @Override
    public Object original(ActiveRecord<?> record, String field) {
        return Changes.original(db.models().of(record.getClass()), record, field);
    }

    @Override
    public Map<String, org.ar4j.Change> changes(ActiveRecord<?> record, boolean lastSave) {
        ModelInfo model = db.models().of(record.getClass());
        return lastSave ? Changes.lastSave(model, record) : Changes.pending(model, record);
    }

    @Override
    public void insertAll(List<ActiveRecord<?>> records) {
        db.persister().insertAll(records);
    }

    @Override
    public void upsertAll(List<ActiveRecord<?>> records, String... conflictFields) {
        db.persister().upsertAll(records, conflictFields);
    }

    @Override
    public void clearRelationCache(ActiveRecord<?> record, String name, RelationPath<?> relation) {
        if (name == null && relation == null) {
            db.clearCaches(record);
            return;
        }
        RelationInfo r = relation(record, name, relation);
        db.cacheFor(r).invalidate(record, r.cacheKey());
    }

    @Override
    public boolean hasCachedRelation(ActiveRecord<?> record, String name, RelationPath<?> relation) {
        RelationInfo r = relation(record, name, relation);
        return db.cacheFor(r).get(record, r.cacheKey()) != null;
    }

    @Override
    public Object relationAggregate(RelationPath<?> relation, ActiveRecord<?> owner, String kind, String field,
                                    Predicate condition) {
        RelationInfo r = relation(owner, null, relation);
        OwnerAggregate a = OwnerAggregate.of(r.owner(), r.name(), AggregateKey.Kind.of(kind), field, condition);
        Map<AggregateKey, Object> attached = Records.state(owner).aggregates();
        AggregateKey key = a.key();
        Object v = attached == null ? null : attached.get(key);
        if (v == null && (attached == null || !attached.containsKey(key))) {
            Object k = OwnerAggregates.key(r.ownerKey(), owner);
            v = k == null ? OwnerAggregates.valueWithout(a) : OwnerAggregates.compute(db, List.of(owner), a).get(k);
        }
        return OwnerAggregates.javaValue(a, v);
    }

    @Override
    public Object relationValue(RelationPath<?> relation, ActiveRecord<?> owner) {
        return db.loader().lazy(relation(owner, null, relation), owner);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ActiveRecord<T>> Query<T> relationQuery(RelationPath<T> relation, ActiveRecord<?> owner) {
        return (Query<T>) db.relations().query(relation(owner, null, relation), owner);
    }

    @Override
    public <T extends ActiveRecord<?>> void relationChange(RelationPath<T> relation, ActiveRecord<?> owner, T target,
                                                           Change change) {
        RelationInfo r = relation(owner, null, relation);
        db.tenancy().requireOwn(r.owner(), owner, r.qualifiedName() + " change");
        if (target != null) {
            db.tenancy().requireOwn(db.models().of(target.getClass()), target, r.qualifiedName() + " change");
        }
        switch (change) {
            case SET -> db.relations().set(r, owner, target);
            case ADD -> db.relations().add(r, owner, target);
            case REMOVE -> db.relations().remove(r, owner, target);
        }
    }

    @Override
    public void checkForeignKeyExists(ActiveRecord<?> owner, RelationPath<?> relation, Errors errors) {
        RelationInfo r = db.models().of(owner.getClass()).relation(relation);
        if (r == null || r.kind() != Kind.BELONGS_TO) {
            throw new Ar4jException("foreignKeyExists() validates BelongsTo relations; " + relation + " is not one");
        }
        db.relations().checkForeignKeyExists(r, owner, errors);
    }

    /** A relation of the owner's model, by name or descriptor. */
    private RelationInfo relation(ActiveRecord<?> owner, String name, RelationPath<?> relation) {
        ModelInfo model = db.models().of(owner.getClass());
        if (name != null) {
            return model.relation(name);
        }
        RelationInfo r = model.relation(relation);
        if (r == null) {
            throw new Ar4jException("The relation " + relation + " is not declared on " + model.name()
                    + "; call it with a record of the model that declares it as a static final constant");
        }
        return r;
    }
}

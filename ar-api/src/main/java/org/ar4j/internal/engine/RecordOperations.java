package org.ar4j.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.ArgumentException;
import org.ar4j.Database;
import org.ar4j.Errors;
import org.ar4j.query.Predicate;
import org.ar4j.query.Query;
import org.ar4j.query.RelationPath;

/**
 * What one database does for the API's record and relation classes ({@link Engine#database}): the per-record
 * operations of {@link ActiveRecord} and the relation descriptors. Not API.
 */
public interface RecordOperations {

    /** The database these operations run in. */
    Database database();

    /** Inserts or updates a record. */
    void save(ActiveRecord<?> record);

    /** Deletes a record. */
    void delete(ActiveRecord<?> record);

    /** Removes a record's row, even on a model with a soft-delete field. */
    void forceDelete(ActiveRecord<?> record);

    /** Clears the soft-delete mark of a record. */
    void restore(ActiveRecord<?> record);

    /** Reloads a record. */
    void reload(ActiveRecord<?> record);

    /** Whether a record is unsaved. */
    boolean isNewRecord(ActiveRecord<?> record);

    /** Fields changed since load or save. */
    Set<String> changedFields(ActiveRecord<?> record);

    /** A field's value as last loaded or saved; null for a new record. */
    Object original(ActiveRecord<?> record, String field);

    /** The pending changes, or (with {@code lastSave}) what the last save wrote, by Java field name. */
    Map<String, org.ar4j.Change> changes(ActiveRecord<?> record, boolean lastSave);

    /** Inserts records of models this database serves. */
    void insertAll(List<ActiveRecord<?>> records);

    /** Inserts records or writes them over the stored rows with the same unique key. */
    void upsertAll(List<ActiveRecord<?>> records, String... conflictFields);

    /** Clears one relation cache of a record (by name or descriptor), or all of them when both are null. */
    void clearRelationCache(ActiveRecord<?> record, String name, RelationPath<?> relation);

    /** Whether a relation value is cached, by name or descriptor. */
    boolean hasCachedRelation(ActiveRecord<?> record, String name, RelationPath<?> relation);

    /**
     * A per-owner aggregate of a collection relation (kind COUNT, SUM, MIN, MAX or AVG): the value a query's
     * withCount/withSum... attached to the owner, else computed now with one query.
     */
    Object relationAggregate(RelationPath<?> relation, ActiveRecord<?> owner, String kind, String field,
                             Predicate condition);

    /** A relation's value on an owner, loading it if needed. */
    Object relationValue(RelationPath<?> relation, ActiveRecord<?> owner);

    /** A query pre-scoped to a relation of an owner. */
    <T extends ActiveRecord<T>> Query<T> relationQuery(RelationPath<T> relation, ActiveRecord<?> owner);

    /** Points a BelongsTo at a target, or adds a record to (or removes one from) a collection relation. */
    <T extends ActiveRecord<?>> void relationChange(RelationPath<T> relation, ActiveRecord<?> owner, T target,
                                                    Change change);

    /** The built-in foreign-key-exists check: a BelongsTo's non-null foreign key must refer to an existing record. */
    void checkForeignKeyExists(ActiveRecord<?> owner, RelationPath<?> relation, Errors errors);

    /**
     * Records by the database of their model, in first-seen order (what insertAll and upsertAll write in each);
     * refuses a null list or element naming {@code method}.
     */
    static Map<RecordOperations, List<ActiveRecord<?>>> byDatabase(Iterable<? extends ActiveRecord<?>> records,
                                                                    String method, String verb) {
        ArgumentException.requireNonNull(records, method, "list of records", "pass the records to " + verb);
        Map<RecordOperations, List<ActiveRecord<?>>> out = new LinkedHashMap<>();
        for (ActiveRecord<?> r : records) {
            ArgumentException.requireNonNull(r, method, "record in its list", "remove the nulls from the list");
            out.computeIfAbsent(Engine.get().database(r.getClass(), null), d -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** How {@link #relationChange} changes a relation. */
    enum Change {
        /** Points a BelongsTo at the target. */
        SET,
        /** Adds the target to a collection relation. */
        ADD,
        /** Removes the target from a collection relation. */
        REMOVE
    }
}

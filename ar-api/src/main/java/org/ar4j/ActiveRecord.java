package org.ar4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ar4j.query.Query;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.HasManyThrough;
import org.ar4j.relation.HasOne;
import org.ar4j.relation.MorphTo;
import org.ar4j.relation.Relation;
import org.ar4j.internal.engine.Engine;
import org.ar4j.internal.engine.RecordOperations;

/**
 * The base class of every model. A model is a plain class with public or private fields, a
 * no-argument constructor, one {@link Id} field and relation descriptors as
 * {@code public static final} constants; there is no bytecode enhancement, no proxy and no
 * code generation.
 *
 * <pre>{@code
 * @Table("users")
 * public class User extends ActiveRecord<User> {
 *     @Id public Long id;
 *     public String username;
 *
 *     public static final HasMany<Post> POSTS = hasMany(Post.class).inverseOf("user");
 *     public List<Post> posts() { return POSTS.get(this); }
 *
 *     public static Query<User> query() { return query(User.class); }
 * }
 * }</pre>
 *
 * <p>Instances are not thread-safe; records may be passed between threads with the usual
 * happens-before care.
 *
 * @param <T> the model type itself
 */
public abstract class ActiveRecord<T extends ActiveRecord<T>> {

    /** Managed by ar-core: persistence state, loaded-values snapshot, peer group. */
    private transient Object engineState;

    /** Creates a new, unsaved record. */
    protected ActiveRecord() {
    }

    // ---- persistence ------------------------------------------------------------------

    /**
     * Inserts the record when it is new, else updates the fields that changed since it was
     * loaded or saved. Runs validation and hooks first; nothing is written when they fail.
     * Clears the record's relation caches.
     */
    public final T save() {
        database().save(this);
        return self();
    }

    /**
     * Deletes the record, running hooks and the cascades of its relations. On a model with a {@link SoftDelete}
     * field it marks the row deleted and keeps it; the record stays saved, with the mark set.
     */
    public final void delete() {
        database().delete(this);
    }

    /**
     * Removes the record's row even where the model has a {@link SoftDelete} field (marked or not), running hooks
     * and the cascades of its relations, which then remove their rows too; the same as {@link #delete()} elsewhere.
     */
    public final void forceDelete() {
        database().forceDelete(this);
    }

    /**
     * Clears the {@link SoftDelete} mark of a record marked deleted, writing only that field (and {@code @Version},
     * {@code @UpdatedAt}); refused for a record that is not marked or a model without such a field.
     */
    public final T restore() {
        database().restore(this);
        return self();
    }

    /** Reloads every field from the database and clears the relation caches. */
    public final T reload() {
        database().reload(this);
        return self();
    }

    /** Whether the record has not been saved yet. */
    public final boolean isNewRecord() {
        return database().isNewRecord(this);
    }

    /** The fields (Java names) whose value differs from what was last loaded or saved. */
    public final Set<String> changedFields() {
        return database().changedFields(this);
    }

    /**
     * A field's value as last loaded or saved (by Java or column name), whatever it holds now; null for a new record.
     *
     * @throws QueryException when the model has no such field (the message lists its fields)
     */
    public final Object original(String field) {
        return database().original(this, field);
    }

    /**
     * The pending changes, by Java field name in field order: each field whose value differs from what was last
     * loaded or saved, with that value and the current one. For a new record, every field that holds a value.
     */
    public final Map<String, Change> changes() {
        return database().changes(this, false);
    }

    /**
     * What the last successful {@code save()} of this record wrote, as {@link #changes()} showed it then, with the
     * fields the save set itself (a generated id, the {@code @Version}, timestamps); empty before the first save. A
     * save that is rolled back puts back the previous one; {@code reload()} forgets it; {@code insertAll} and
     * {@code upsertAll} do not set it.
     */
    public final Map<String, Change> savedChanges() {
        return database().changes(this, true);
    }

    // ---- relation cache ---------------------------------------------------------------

    /** Forgets the cached value of one relation of this record, for example {@code post.clearRelationCache(Post.COMMENTS)}. */
    public final void clearRelationCache(Relation<?, ?> relation) {
        database().clearRelationCache(this, null, relation);
    }

    /**
     * Forgets the cached value of one relation, by name; {@link #clearRelationCache(Relation)} checks the name at compile time.
     */
    public final void clearRelationCache(String relation) {
        database().clearRelationCache(this, relation, null);
    }

    /** Forgets the cached values of every relation of this record. */
    public final void clearRelationCache() {
        database().clearRelationCache(this, null, null);
    }

    /** Whether a relation's value is cached on this record (loaded, not expired), for example {@code Post.COMMENTS}. */
    public final boolean hasCachedRelation(Relation<?, ?> relation) {
        return database().hasCachedRelation(this, null, relation);
    }

    /** Whether a relation's value is cached on this record, by name; prefer {@link #hasCachedRelation(Relation)}. */
    public final boolean hasCachedRelation(String relation) {
        return database().hasCachedRelation(this, relation, null);
    }

    // ---- hooks (override as needed) ---------------------------------------------------

    /** Adds validation errors; called before every save. Nothing is written when any is added. */
    protected void validate(Errors errors) {
    }

    /** Called before insert and update; throwing aborts the save. */
    protected void beforeSave() {
    }

    /** Called after insert and update, inside the same transaction where the backend has one. */
    protected void afterSave() {
    }

    /** Called before insert; throwing aborts it. */
    protected void beforeCreate() {
    }

    /** Called after insert. */
    protected void afterCreate() {
    }

    /** Called before update; throwing aborts it. */
    protected void beforeUpdate() {
    }

    /** Called after update. */
    protected void afterUpdate() {
    }

    /** Called before delete; throwing aborts it. */
    protected void beforeDelete() {
    }

    /** Called after delete. */
    protected void afterDelete() {
    }

    /**
     * Called once after the outermost transaction that wrote this record committed (at once for a write outside a
     * transaction), outside that transaction. What it throws is logged and cannot undo the commit. The place to send
     * mail or publish an event about the record; see {@link CommitListener} for one listener of every record.
     */
    protected void afterCommit() {
    }

    /**
     * Called once after a transaction (or a nested one) that wrote this record rolled back, with the record already
     * put back as it was before; never for committed work. What it throws is logged.
     */
    protected void afterRollback() {
    }

    /** The operations of the database this record was loaded from or written to, else its model's. */
    private RecordOperations database() {
        return Engine.get().database(getClass(), this);
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    // ---- model statics ----------------------------------------------------------------

    /** A query over a model's records in the model's database. */
    public static <M extends ActiveRecord<M>> Query<M> query(Class<M> model) {
        return Engine.get().database(model, null).database().query(model);
    }

    /** Finds a record by id. */
    public static <M extends ActiveRecord<M>> Optional<M> find(Class<M> model, Object id) {
        return Engine.get().database(model, null).database().find(model, id);
    }

    /** Finds a record by id or throws {@link RecordNotFoundException} naming the model and id. */
    public static <M extends ActiveRecord<M>> M findOrFail(Class<M> model, Object id) {
        return find(model, id).orElseThrow(() -> new RecordNotFoundException(
                "No " + model.getSimpleName() + " with id " + id));
    }

    /** Whether a record with this id exists. */
    public static <M extends ActiveRecord<M>> boolean exists(Class<M> model, Object id) {
        return query(model).whereId(id).exists();
    }

    /** Inserts many new records of one model with as few statements as the backend allows. */
    public static <M extends ActiveRecord<M>> void insertAll(Iterable<M> records) {
        RecordOperations.byDatabase(records, "insertAll", "insert").forEach(RecordOperations::insertAll);
    }

    /** Inserts new records or writes them over the stored ones with the same unique field: see Database.upsertAll. */
    public static <M extends ActiveRecord<M>> void upsertAll(Iterable<M> records, String... conflictFields) {
        RecordOperations.byDatabase(records, "upsertAll", "write")
                .forEach((db, list) -> db.upsertAll(list, conflictFields));
    }

    // ---- relation declarations --------------------------------------------------------

    /** Declares that this model holds a foreign key to {@code target}. */
    protected static <M extends ActiveRecord<M>> BelongsTo<M> belongsTo(Class<M> target) {
        return BelongsTo.to(target);
    }

    /** Declares that one {@code target} record holds this model's key. */
    protected static <M extends ActiveRecord<M>> HasOne<M> hasOne(Class<M> target) {
        return HasOne.of(target);
    }

    /** Declares that many {@code target} records hold this model's key. */
    protected static <M extends ActiveRecord<M>> HasMany<M> hasMany(Class<M> target) {
        return HasMany.of(target);
    }

    /**
     * Declares that this model holds a type and a key pointing at a record of any of {@code targets}: a polymorphic
     * BelongsTo (see {@link MorphTo}).
     */
    @SafeVarargs
    protected static MorphTo morphTo(Class<? extends ActiveRecord<?>>... targets) {
        List<Class<? extends ActiveRecord<?>>> types = new ArrayList<>(targets.length);
        for (Class<? extends ActiveRecord<?>> t : targets) {
            types.add(t);
        }
        return MorphTo.to(types);
    }

    /**
     * Declares that many {@code target} records point at this model through their {@link MorphTo} named
     * {@code morphTo}: a HasMany whose records also hold this model's type name.
     */
    protected static <M extends ActiveRecord<M>> HasMany<M> morphMany(Class<M> target, String morphTo) {
        return HasMany.of(target).morph(morphTo);
    }

    /** Declares that one {@code target} record points at this model through its {@link MorphTo} named {@code morphTo}. */
    protected static <M extends ActiveRecord<M>> HasOne<M> morphOne(Class<M> target, String morphTo) {
        return HasOne.of(target).morph(morphTo);
    }

    /** Declares a many-to-many relation to {@code target} through the join model {@code through}. */
    protected static <M extends ActiveRecord<M>> HasManyThrough<M> hasManyThrough(
            Class<M> target, Class<? extends ActiveRecord<?>> through) {
        return HasManyThrough.of(target, through);
    }
}

package org.ar4j.core.internal.persist;

import java.util.HashMap;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.DeleteRestrictedException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.query.QueryImpl;
import org.ar4j.relation.Dependent;
import org.ar4j.relation.Relation.Kind;

/** What deleting a record does to its relations: restrict, delete each, delete all, or nullify. */
final class Cascades {
    private final Persister persister;
    private final Scopes scopes;

    Cascades(Persister persister, Scopes scopes) {
        this.persister = persister;
        this.scopes = scopes;
    }

    /**
     * Runs the cascades of deleting {@code record}. A soft delete ({@code soft}) counts and marks live dependents
     * only, and leaves alone dependents that cannot be marked (their rows still refer to the kept row); a delete
     * that removes the row reaches every dependent row, marked or not.
     */
    void run(ModelInfo model, ActiveRecord<?> record, boolean soft) {
        restrict(model, record, soft);   // first, so nothing is deleted when any restriction holds
        for (RelationInfo r : model.relations().values()) {
            Dependent d = r.spec().writing().dependent();
            if (d == Dependent.NONE || d == Dependent.RESTRICT) {
                continue;
            }
            ModelInfo rows = r.kind() == Kind.HAS_MANY_THROUGH ? r.join() : r.target();
            if (soft && (d == Dependent.NULLIFY || rows.softDelete() == null)) {
                continue;
            }
            if (r.kind() == Kind.HAS_MANY_THROUGH) {
                QueryImpl<?> joins = scopes.joinRowsOf(r, record);
                if (soft) {
                    joins.deleteAll();
                } else {
                    joins.unscoped().forceDeleteAll();
                }
                continue;
            }
            QueryImpl<?> scope = dependents(r, record, soft);
            switch (d) {
                case DELETE -> {
                    for (Object child : scope.all()) {
                        persister.delete((ActiveRecord<?>) child, !soft);
                    }
                }
                case DELETE_ALL -> {
                    if (soft) {
                        scope.deleteAll();
                    } else {
                        scope.forceDeleteAll();
                    }
                }
                case NULLIFY -> {
                    Map<String, Object> nul = new HashMap<>();
                    for (FieldInfo f : r.targetKeys().fields()) {
                        if (f.javaType().isPrimitive()) {
                            throw new Ar4jException("Relation " + r.qualifiedName() + " is Dependent.NULLIFY but "
                                    + f.qualifiedName() + " is primitive and cannot be null");
                        }
                        nul.put(f.javaName(), null);
                    }
                    if (r.morph() != null) {
                        nul.put(r.morph().typeField().javaName(), null);
                    }
                    scope.updateAll(nul);
                }
                default -> throw new IllegalStateException(d.toString());
            }
        }
    }

    private void restrict(ModelInfo model, ActiveRecord<?> record, boolean soft) {
        for (RelationInfo r : model.relations().values()) {
            if (r.spec().writing().dependent() == Dependent.RESTRICT) {
                long n = dependents(r, record, soft).count();
                if (n > 0) {
                    throw new DeleteRestrictedException("Cannot delete " + model.name() + " "
                            + model.key().describe(model.key().stored(record)) + ": relation " + r.name()
                            + " (Dependent.RESTRICT) still has "
                            + n + " record" + (n == 1 ? "" : "s") + "; delete or reassign them first");
                }
            }
        }
    }

    /** The dependents a delete reaches: the live ones for a soft delete, every row otherwise. */
    private QueryImpl<?> dependents(RelationInfo r, ActiveRecord<?> record, boolean soft) {
        QueryImpl<?> q = scopes.bulk(r, record);
        return soft ? q : q.unscoped();
    }
}

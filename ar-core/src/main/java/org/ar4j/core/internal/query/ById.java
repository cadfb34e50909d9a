package org.ar4j.core.internal.query;

import java.util.List;
import java.util.Optional;

import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.session.Rows;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Select;

/**
 * Reads by id: the condition {@code whereId} adds, and find by id without building a query (the most frequent
 * read, so it costs one select description and one cursor, as a statement written by hand would).
 */
public final class ById {
    private ById() {
    }

    /** The resolved condition "id = value", the value converted to the id's type; a null id is refused. */
    static Predicate condition(ModelInfo model, Object id) {
        FieldInfo f = model.id();
        if (id == null) {
            throw new QueryException("Looking up " + model.name() + " by a null id");
        }
        return new Predicate.Compare(f.column(), Predicate.Operator.EQ, Values.coerce(f, id));
    }

    /** Whether the conditions include equality on the id, which matches one row at most (no LIMIT needed). */
    static boolean matchesAtMostOne(ModelInfo model, List<Predicate> where) {
        for (Predicate p : where) {
            if (p instanceof Predicate.Compare c && c.operator() == Predicate.Operator.EQ
                    && c.field().equals(model.id().column())) {
                return true;
            }
        }
        return false;
    }

    /** What {@code query(model).whereId(id).first()} returns, read without building the query. */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> find(Session db, ModelInfo model, Object id) {
        Select s = new Select(model.tableSpec(), model.columns(), condition(model, id), List.of(), null, null, null);
        return Optional.ofNullable((T) Rows.fetchOnly(db, model, s, null));
    }
}

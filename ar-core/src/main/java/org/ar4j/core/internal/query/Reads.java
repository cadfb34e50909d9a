package org.ar4j.core.internal.query;

import java.util.List;
import java.util.Optional;

import org.ar4j.ActiveRecord;
import org.ar4j.NonUniqueResultException;
import org.ar4j.RecordNotFoundException;
import org.ar4j.core.internal.load.Loader;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.session.Rows;
import org.ar4j.core.internal.session.Session;
import org.ar4j.spi.Read;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Filter;
import org.ar4j.spi.Select;

/**
 * Runs a {@link QuerySpec} for records: the rows, then its eager paths, then its per-owner aggregates. Find by
 * id is a spec with one id condition run by {@link #first}, the same path as {@code whereId(id).first()}.
 */
public final class Reads {
    private final Session db;
    private final Loader loader;

    /** The reads of one session, loading relations with its loader. */
    public Reads(Session db, Loader loader) {
        this.db = db;
        this.loader = loader;
    }

    /**
     * What {@code query(model).whereId(id).first()} returns, read as {@link #first} reads a {@link #plainById}
     * spec ({@link #onlyRow}) without building the spec: the select it would give, built directly.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(ModelInfo model, Object id) {
        Filter where = Conditions.and(ById.condition(model, id), model.visibleCondition());
        Select byId = new Select(model.storedTable(), model.readColumns(), where, List.of(), Select.Window.ALL, null,
                List.of());
        return (Optional<T>) Optional.ofNullable(Rows.fetchOnly(db, model, byId, null));
    }

    /** The records, then their eager paths and aggregates: those reads together ({@code Backend.readTogether}). */
    List<ActiveRecord<?>> all(QuerySpec q) {
        if (q.eager().isEmpty() && q.perOwner().isEmpty()) {
            return Rows.fetch(db, q.model(), q.select(q.model().readColumns()), q.mode());
        }
        return db.backend().readTogether(() -> {
            List<ActiveRecord<?>> records = Rows.fetch(db, q.model(), q.select(q.model().readColumns()), q.mode());
            complete(q, records);
            return records;
        });
    }

    private void complete(QuerySpec q, List<ActiveRecord<?>> records) {
        if (!q.eager().isEmpty() && !records.isEmpty()) {
            loader.eager(records, q.eager(), q.mode());
        }
        if (!q.perOwner().isEmpty() && !records.isEmpty()) {
            OwnerAggregates.attach(db, records, q.perOwner());
        }
    }

    /**
     * The first record. Equality on the id matches one row at most: no LIMIT is sent, and without eager paths or
     * aggregates the one row is read without a list (the most frequent read).
     */
    Optional<ActiveRecord<?>> first(QuerySpec q) {
        if (q.empty()) {
            return Optional.empty();
        }
        if (plainById(q)) {
            return Optional.ofNullable(onlyRow(q));
        }
        List<ActiveRecord<?>> one = all(byId(q) ? q : q.withLimit(1));
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** Whether the spec's conditions match one row at most (equality on the id) and it has no limit or offset. */
    private static boolean byId(QuerySpec q) {
        return q.offset() == null && q.limit() == null && ById.matchesAtMostOne(q.model(), q.where());
    }

    /** By id, without eager paths or aggregates: the most frequent read, of one row and nothing more. */
    private static boolean plainById(QuerySpec q) {
        return byId(q) && q.eager().isEmpty() && q.perOwner().isEmpty();
    }

    /** The one row a {@link #plainById} spec matches, read without a LIMIT or a list; or null. */
    private ActiveRecord<?> onlyRow(QuerySpec q) {
        return Rows.fetchOnly(db, q.model(), q.select(q.model().readColumns()), q.mode());
    }

    /** Exactly one record: reads at most two; by id, the one row as {@link #first} reads it. */
    ActiveRecord<?> one(QuerySpec q) {
        if (plainById(q)) {
            ActiveRecord<?> r = onlyRow(q);
            if (r == null) {
                throw notFound(q);
            }
            return r;
        }
        int l = q.limit() == null ? 2 : Math.min(q.limit(), 2);
        List<ActiveRecord<?>> found = all(q.withLimit(l));
        if (found.isEmpty()) {
            throw notFound(q);
        }
        if (found.size() > 1) {
            throw new NonUniqueResultException("Expected exactly one " + q.model().name()
                    + ", found more than one; add conditions or use first()");
        }
        return found.get(0);
    }

    private static RecordNotFoundException notFound(QuerySpec q) {
        return new RecordNotFoundException("Expected exactly one " + q.model().name() + ", found none");
    }

    /** The column a count or an existence check reads: the (first) key column, or the first column of a view. */
    private static String anyColumn(QuerySpec q) {
        return q.model().columns().get(0);
    }

    long count(QuerySpec q) {
        Select s = q.select(List.of(anyColumn(q)));
        // the order of a limited window does not change how many rows it holds: no joins for a count
        return db.backend().read(Read.count(s.lookups().isEmpty() ? s : s.withOrderBy(List.of()).withLookups(List.of())));
    }

    boolean exists(QuerySpec q) {
        if (q.empty()) {
            return false;
        }
        Select s = new Select(q.model().tableSpec(), List.of(anyColumn(q)), q.condition(), List.of(),
                new Select.Window(1, q.offset(), null), null, List.of());
        try (RowCursor c = db.backend().read(Read.find(s))) {
            return c.next();
        }
    }
}

package org.ar4j.core.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.Hierarchy;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.spi.Read;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;

/** Turns rows into records: one record per row, its snapshot, its database, its peers. */
public final class Rows {
    private Rows() {
    }

    /** Runs a select and returns its records, made peers of each other. */
    public static List<ActiveRecord<?>> fetch(Session session, ModelInfo model, Select select, LoadMode mode) {
        // a limited read has at most its limit of rows: sized once (up to a page), not grown step by step
        List<ActiveRecord<?>> out = new ArrayList<>(select.limit() == null ? 10 : Math.min(select.limit(), 512));
        fetch(session, model, select, Origin.read(session, mode, out), out::add);
        return out;
    }

    /**
     * The first row of a select that matches one row at most (equality on the id) as a record, or null: the cursor
     * is not asked for a row that cannot exist, as code written by hand would not ask.
     */
    public static ActiveRecord<?> fetchOnly(Session session, ModelInfo model, Select select, LoadMode mode) {
        try (RowCursor c = session.backend().read(Read.find(select))) {
            return c.next() ? hydrateRead(model, c, Origin.read(session, mode, null)) : null; // one record: no peers
        }
    }

    /** Runs a select and hands each record, with {@code origin} (whose peers the caller fills), to {@code each}. */
    public static void fetch(Session session, ModelInfo model, Select select, Origin origin,
                             Consumer<ActiveRecord<?>> each) {
        try (RowCursor c = session.backend().read(Read.find(select))) {
            while (c.next()) {
                each.accept(hydrateRead(model, c, origin));
            }
        }
    }

    /**
     * The cursor's current row of a read of {@link ModelInfo#readColumns()} as a new persisted record: in a
     * single-table hierarchy, of the class the row names.
     */
    public static ActiveRecord<?> hydrateRead(ModelInfo model, RowCursor c, Origin origin) {
        Hierarchy h = model.hierarchy();
        return h != null ? hydrate(h, model, c, origin) : hydrate(model, c, origin);
    }

    /** The cursor's current row as a new persisted record (columns in {@link ModelInfo#columns()} order). */
    public static ActiveRecord<?> hydrate(ModelInfo model, RowCursor c, Origin origin) {
        return fill(model, c, origin, null);
    }

    /** A row of a single-table hierarchy (every member's columns) as the class its discriminator names. */
    private static ActiveRecord<?> hydrate(Hierarchy h, ModelInfo queried, RowCursor c, Origin origin) {
        ModelInfo model = h.member(c.get(h.discriminatorPosition()), queried);
        return fill(model, c, origin, h.positions(model));
    }

    /** A new persisted record of {@code model}, field i from column {@code at[i]} ({@code i} when at is null). */
    private static ActiveRecord<?> fill(ModelInfo model, RowCursor c, Origin origin, int[] at) {
        ActiveRecord<?> r = (ActiveRecord<?>) model.newInstance();
        List<FieldInfo> fields = model.fields();
        int n = fields.size();
        RecordState st = RecordState.read(origin, n);
        for (int i = 0; i < n; i++) {
            st.setValue(i, c.get(at == null ? i : at[i]));
        }
        model.writeStored(r, st);
        Records.setState(r, st);
        return r;
    }
}

package org.ar4j.core.internal.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.ar4j.ArgumentException;
import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelatedOrders;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.session.Session;
import org.ar4j.query.Field;
import org.ar4j.query.Projection;
import org.ar4j.query.RelatedField;
import org.ar4j.query.Selectable;
import org.ar4j.query.Tuple;
import org.ar4j.relation.Relation;
import org.ar4j.spi.Read;
import org.ar4j.spi.Lookup;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;

/**
 * A query's projection: reads the selected columns (and the foreign keys of BelongsTo steps) in one statement,
 * then each BelongsTo step's target columns by key, one statement per chunk of distinct keys. Rows never become
 * records: each is an {@code Object[]} of Java values handed to a record constructor or kept as a tuple.
 */
final class ProjectionImpl implements Projection {
    /** Rows per batch when streaming a projection whose steps are read by key. */
    private static final int STREAM_BATCH = 500;

    private final Session db;
    private final QuerySpec spec;
    private final List<Selectable<?>> items;
    /** Per item: its column in the owner read, or -1 for a step's field. */
    private final int[] ownColumn;
    private final FieldInfo[] fields;
    private final RelationInfo[] steps;
    /** Per step item: the owner read's column of its foreign key, and its place among the step's fields. */
    private final int[] keyColumn;
    private final int[] stepAt;
    private final Map<RelationInfo, List<FieldInfo>> stepFields = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();
    /** No steps and every column once, in selection order: rows are converted in place. */
    private final boolean direct;
    /** Steps read in the owner statement (a backend with JOINS, no locks), their columns after the own ones. */
    private final boolean joined;
    private final List<Lookup> lookups;
    /** Per step item: where its step's columns start in a joined row. */
    private final int[] stepBase;
    /** The width of a joined row. */
    private final int width;

    ProjectionImpl(Session db, QuerySpec spec, List<Selectable<?>> items) {
        this.db = db;
        this.spec = spec;
        ModelInfo model = spec.model();
        if (items.isEmpty()) {
            throw new ArgumentException("select() on " + model.name() + " got no fields: name at least one");
        }
        if (items.contains(null)) {
            throw new ArgumentException("select() on " + model.name() + " got a null field: pass fields of the"
                    + " metamodel, such as " + model.name() + "_." + model.fields().get(0).javaName());
        }
        this.items = List.copyOf(items);
        ownColumn = new int[items.size()];
        fields = new FieldInfo[items.size()];
        steps = new RelationInfo[items.size()];
        keyColumn = new int[items.size()];
        stepAt = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Selectable<?> item = items.get(i);
            if (item instanceof Field<?, ?> f) {
                fields[i] = ownField(model, f);
                ownColumn[i] = column(fields[i].column());
            } else if (item instanceof RelatedField<?> rf) {
                steps[i] = step(model, rf);
                fields[i] = ownField(steps[i].target(), rf.field());
                ownColumn[i] = -1;
                keyColumn[i] = column(steps[i].ownerKey().column());
                List<FieldInfo> read = stepFields.computeIfAbsent(steps[i], k -> new ArrayList<>());
                if (!read.contains(fields[i])) {
                    read.add(fields[i]);
                }
                stepAt[i] = read.indexOf(fields[i]);
            } else {
                throw new ArgumentException("select() on " + model.name() + " got " + item
                        + ": select typed fields of a metamodel (Book_.title) or BelongsTo steps (Book_.writer.then(...))");
            }
        }
        boolean inOrder = stepFields.isEmpty() && columns.size() == items.size();
        for (int i = 0; inOrder && i < ownColumn.length; i++) {
            inOrder = ownColumn[i] == i;
        }
        direct = inOrder;
        joined = !stepFields.isEmpty() && spec.locking() == null && db.backend().supports(Capability.JOINS);
        lookups = joined ? lookups() : List.of();
        stepBase = new int[items.size()];
        int base = columns.size();
        for (Map.Entry<RelationInfo, List<FieldInfo>> e : stepFields.entrySet()) {
            for (int i = 0; i < items.size(); i++) {
                if (steps[i] == e.getKey()) {
                    stepBase[i] = base;
                }
            }
            base += e.getValue().size();
        }
        width = base;
    }

    /** The steps as lookups (joins) of the owner read, in the order of {@link #stepFields}. */
    private List<Lookup> lookups() {
        List<Lookup> out = new ArrayList<>();
        for (Map.Entry<RelationInfo, List<FieldInfo>> e : stepFields.entrySet()) {
            RelationInfo r = e.getKey();
            out.add(new Lookup(r.ownerKey().column(), r.target().tableSpec(), r.targetKey().column(), r.condition(),
                    e.getValue().stream().map(FieldInfo::column).toList()));
        }
        return out;
    }

    private Select select() {
        if (RelatedOrders.any(spec.order())) {
            throw new QueryException("select(...) on " + spec.model().name() + " orders by its own fields only;"
                    + " order by a related record's field on all() or a page, or select that field and sort the rows");
        }
        Select s = spec.select(columns);
        return joined ? s.withLookups(lookups) : s;
    }

    private int column(String name) {
        int at = columns.indexOf(name);
        if (at >= 0) {
            return at;
        }
        columns.add(name);
        return columns.size() - 1;
    }

    private static FieldInfo ownField(ModelInfo model, Field<?, ?> f) {
        if (!f.model().isAssignableFrom(model.type())) {
            throw new ArgumentException("select(): " + f + " is not a field of " + model.name() + "; select fields of "
                    + model.name() + "_ or a BelongsTo step to another model");
        }
        FieldInfo field = model.field(f.name());
        Class<?> boxed = Values.boxed(field.javaType());
        if (!f.type().isAssignableFrom(boxed)) {
            throw new ArgumentException("select(): " + f + " is typed " + f.type().getSimpleName() + ", but "
                    + field.qualifiedName() + " is " + field.javaType().getSimpleName() + "; give Field.of the field's"
                    + " type (or use the generated metamodel, " + model.name() + "_." + field.javaName() + ")");
        }
        return field;
    }

    private static RelationInfo step(ModelInfo model, RelatedField<?> rf) {
        RelationInfo r = model.relation(rf.relation());
        if (r == null || r.kind() != Relation.Kind.BELONGS_TO) {
            throw new ArgumentException("select(): " + rf.relation() + " is not a BelongsTo relation of " + model.name()
                    + "; a projection follows one BelongsTo step of the queried model");
        }
        r.requireSingleKey(() -> "select(" + rf.relation() + "...)");
        return r;
    }

    @Override
    public <R extends Record> List<R> into(Class<R> type) {
        Function<Object[], R> make = RecordMapper.of(type, items);
        List<R> out = new ArrayList<>(spec.limit() == null ? 16 : Math.min(spec.limit(), 1024));
        if (direct) {
            // one buffer for every row: the record's constructor copies the values out of it
            Object[] buffer = new Object[columns.size()];
            each(buffer, () -> out.add(make.apply(buffer)));
        } else {
            for (Object[] row : rows()) {
                out.add(make.apply(row));
            }
        }
        return out;
    }

    /** Reads each row of a direct projection (own fields only, in order) into {@code buffer}, then runs {@code action}. */
    private void each(Object[] buffer, Runnable action) {
        if (spec.empty()) {
            return;
        }
        try (RowCursor c = db.backend().read(Read.find(select()))) {
            while (c.next()) {
                for (int i = 0; i < buffer.length; i++) {
                    buffer[i] = fields[i].fromStored(c.get(i));
                }
                action.run();
            }
        }
    }

    @Override
    public <R extends Record> Stream<R> streamInto(Class<R> type) {
        Function<Object[], R> make = RecordMapper.of(type, items);
        return stream().map(make);
    }

    @Override
    public List<Tuple> tuples() {
        List<Tuple> out = new ArrayList<>();
        for (Object[] row : rows()) {
            out.add(new TupleImpl(items, row));
        }
        return out;
    }

    @Override
    public Stream<Tuple> streamTuples() {
        return stream().map(row -> new TupleImpl(items, row));
    }

    /** Every row, its steps' values read by key after the owner rows: those reads together ({@code readTogether}). */
    private List<Object[]> rows() {
        if (joined || stepFields.isEmpty()) {
            return readRows();
        }
        return db.backend().readTogether(this::readRows);
    }

    private List<Object[]> readRows() {
        List<Object[]> raw = new ArrayList<>();
        if (!spec.empty()) {
            try (RowCursor c = db.backend().read(Read.find(select()))) {
                while (c.next()) {
                    raw.add(rawRow(c));
                }
            }
        }
        return finish(raw);
    }

    /** Rows streamed in batches of {@value #STREAM_BATCH}: each batch's non-joined steps are read once, by key. */
    private Stream<Object[]> stream() {
        if (spec.empty()) {
            return Stream.empty();
        }
        RowCursor c = db.backend().read(Read.stream(select()));
        Spliterator<Object[]> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            private Iterator<Object[]> batch = Collections.emptyIterator();

            @Override
            public boolean tryAdvance(java.util.function.Consumer<? super Object[]> action) {
                if (!batch.hasNext()) {
                    List<Object[]> raw = new ArrayList<>();
                    while ((raw.isEmpty() || !direct && !joined && raw.size() < STREAM_BATCH) && c.next()) {
                        raw.add(rawRow(c));
                    }
                    batch = finish(raw).iterator();
                }
                if (!batch.hasNext()) {
                    return false;
                }
                action.accept(batch.next());
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(c::close);
    }

    /** The owner row's columns; already the final row (Java values) when the projection is direct. */
    private Object[] rawRow(RowCursor c) {
        Object[] row = new Object[joined ? width : columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = direct ? fields[i].fromStored(c.get(i)) : c.get(i);
        }
        return row;
    }

    /** Rows of Java values in selection order, with each step's target values. */
    private List<Object[]> finish(List<Object[]> raw) {
        if (direct) {
            return raw;
        }
        Map<RelationInfo, Map<Object, Object[]>> targets = new HashMap<>();
        for (Map.Entry<RelationInfo, List<FieldInfo>> e : joined ? Map.<RelationInfo, List<FieldInfo>>of().entrySet()
                : stepFields.entrySet()) {
            targets.put(e.getKey(), StepReads.read(db, e.getKey(), keys(raw, e.getKey()), e.getValue()));
        }
        List<Object[]> out = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            Object[] row = new Object[items.size()];
            for (int i = 0; i < row.length; i++) {
                if (ownColumn[i] >= 0) {
                    row[i] = fields[i].fromStored(r[ownColumn[i]]);
                } else {
                    row[i] = fields[i].fromStored(joined ? r[stepBase[i] + stepAt[i]] : stepValue(targets, r, i));
                }
            }
            out.add(row);
        }
        return out;
    }

    /** A step item's stored value from the targets read by key, null where the owner has no target. */
    private Object stepValue(Map<RelationInfo, Map<Object, Object[]>> targets, Object[] r, int i) {
        Object key = r[keyColumn[i]];
        Object[] target = key == null ? null : targets.get(steps[i]).get(Values.key(key));
        return target == null ? null : target[stepAt[i]];
    }

    private List<Object> keys(List<Object[]> raw, RelationInfo step) {
        int at = columns.indexOf(step.ownerKey().column()); // where select() put the step's key
        LinkedHashSet<Object> keys = new LinkedHashSet<>();
        for (Object[] r : raw) {
            if (r[at] != null) {
                keys.add(r[at]);
            }
        }
        return new ArrayList<>(keys);
    }
}

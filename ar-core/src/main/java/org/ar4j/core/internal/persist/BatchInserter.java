package org.ar4j.core.internal.persist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.BackendException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.session.Origin;
import org.ar4j.core.internal.session.RecordImage;
import org.ar4j.core.internal.session.Records;
import org.ar4j.core.internal.session.Session;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.PartialInsertException;

/**
 * One model's records inserted together: hooks, then one insert per column shape, then after-hooks. A
 * record counts as written once its row is stored; when something fails, the records not written are put
 * back at once, and the written ones follow the transaction (restored if it rolls back, kept where nothing
 * rolls back).
 */
final class BatchInserter {
    private final Session session;

    BatchInserter(Session session) {
        this.session = session;
    }

    void insert(ModelInfo model, List<ActiveRecord<?>> list) {
        // each record's state before the write, by position (a record appears once: insertAll refuses saved ones)
        List<RecordImage> before = new ArrayList<>(list.size());
        for (ActiveRecord<?> r : list) {
            before.add(RecordImage.of(model, r));
        }
        try {
            for (ActiveRecord<?> r : list) {
                Records.hook(r, Records.BEFORE_SAVE);
                Records.hook(r, Records.BEFORE_CREATE);
                if (model.id() != null) {
                    model.id().generateId(r);
                }
                Writes.stampType(model, r);
                Writes.initVersion(model, r);
                Writes.onInsert(model, r, session);
            }
            // Records with and without an assigned id need different column lists (usually all are one kind).
            boolean[] generate = new boolean[list.size()];
            int generating = 0;
            for (int i = 0; i < generate.length; i++) {
                generate[i] = model.id() != null && Writes.isUnsetGeneratedId(model.id(), model.id().javaValue(list.get(i)));
                generating += generate[i] ? 1 : 0;
            }
            if (generating == 0 || generating == generate.length) {
                insertGroup(model, list, before, generating > 0);
            } else {
                List<RecordImage> generated = new ArrayList<>(generating);
                List<RecordImage> assigned = new ArrayList<>(generate.length - generating);
                for (int i = 0; i < generate.length; i++) {
                    (generate[i] ? generated : assigned).add(before.get(i));
                }
                insertGroup(model, records(generated), generated, true);
                insertGroup(model, records(assigned), assigned, false);
            }
            for (ActiveRecord<?> r : list) {
                Records.hook(r, Records.AFTER_CREATE);
                Records.hook(r, Records.AFTER_SAVE);
            }
        } catch (RuntimeException | Error e) {
            for (RecordImage image : before) {
                if (!Records.isPersisted(image.record())) {
                    image.restore();
                }
            }
            throw e;
        }
    }

    private static List<ActiveRecord<?>> records(List<RecordImage> images) {
        List<ActiveRecord<?>> out = new ArrayList<>(images.size());
        images.forEach(i -> out.add(i.record()));
        return out;
    }

    /** Inserts {@code group}, whose states before the write are {@code before}, by position. */
    private void insertGroup(ModelInfo model, List<ActiveRecord<?>> group, List<RecordImage> before, boolean generate) {
        if (group.isEmpty()) {
            return;
        }
        Map<List<FieldInfo>, List<Integer>> shapes = InsertDefaults.shapes(model, group);
        if (shapes.size() > 1) {   // records leaving out different defaulted fields need different column lists
            for (List<Integer> at : shapes.values()) {
                insertGroup(model, at.stream().<ActiveRecord<?>>map(group::get).toList(),
                        at.stream().map(before::get).toList(), generate);
            }
            return;
        }
        List<FieldInfo> omitted = shapes.keySet().iterator().next();
        List<FieldInfo> used = new ArrayList<>(Writes.writtenFields(model, generate));
        used.removeAll(omitted);
        List<Object[]> rows = Writes.rows(model, group, used, "insert");
        List<String> cols = used.stream().map(FieldInfo::column).toList();
        List<Object> ids;
        try {
            ids = session.backend().write(new InsertRows(model.tableSpec(), cols, rows));
        } catch (PartialInsertException e) {
            written(model, group.subList(0, e.insertedKeys().size()), e.insertedKeys(), generate, before, omitted);
            throw e.getCause() instanceof BackendException cause ? cause : e;
        }
        written(model, group, ids, generate, before, omitted);
    }

    /** Marks records whose rows are stored: ids, state, and the image a rollback would restore. */
    private void written(ModelInfo model, List<ActiveRecord<?>> records, List<Object> ids, boolean generate,
                         List<RecordImage> before, List<FieldInfo> omitted) {
        Origin fresh = new Origin(session, true, null, null);
        session.transactions().expect(records.size());
        for (int i = 0; generate && i < records.size(); i++) {
            model.id().setJavaValue(records.get(i), Writes.convertId(model.id(), ids.get(i)));
        }
        InsertDefaults.readBack(session, model, records, omitted);
        for (int i = 0; i < records.size(); i++) {
            ActiveRecord<?> r = records.get(i);
            Records.state(r).written(fresh, model, r);
            session.transactions().touch(before.get(i));
        }
    }
}

package org.ar4j.backend.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpsertRows;

/**
 * Upserts as one ordered bulk write of {@code updateOne(filter on the key, update, upsert: true)}: the given
 * fields are {@code $set} (nulls {@code $unset}), the version is {@code $inc}remented (so a new document starts at
 * 1), and a new document's generated id comes from ids reserved in one counter command ({@code $setOnInsert}); the
 * ids of documents written over stay unused.
 */
final class MongoUpserts {
    private final MongoCommands commands;
    private final MongoIds ids;
    private final Function<String, MongoTarget> targets;

    MongoUpserts(MongoCommands commands, MongoIds ids, Function<String, MongoTarget> targets) {
        this.commands = commands;
        this.ids = ids;
        this.targets = targets;
    }

    void upsert(UpsertRows u) {
        TableSpec t = u.table();
        ColumnSpec pk = t.hasSingleKey() ? t.primaryKey() : null;   // a composite key's parts are ordinary fields
        boolean generate = pk != null && !u.columns().contains(pk.name());
        long first = generate ? ids.reserve(targets.apply(MongoIds.COUNTERS), t, u.rows().size()) : 0;
        List<WriteModel<Document>> writes = new ArrayList<>(u.rows().size());
        List<Object> given = new ArrayList<>();
        for (int r = 0; r < u.rows().size(); r++) {
            Object[] row = u.rows().get(r);
            Document filter = new Document();
            Document set = new Document();
            Document unset = new Document();
            Document onInsert = new Document();
            for (int i = 0; i < row.length; i++) {
                String col = u.columns().get(i);
                String field = MongoFilters.field(t, col);
                Object value = MongoValues.toBson(row[i], t.typeOf(col));
                if (u.conflict().contains(col)) {
                    filter.append(field, value);
                } else if (pk != null && col.equals(pk.name())) {
                    onInsert.append(field, value);
                    given.add(row[i]);
                } else if (u.insertOnly().contains(col)) {
                    onInsert.append(field, value);
                } else if (!col.equals(u.version())) {
                    (value == null ? unset : set).append(field, value == null ? "" : value);
                }
            }
            if (generate) {
                onInsert.append("_id", pk.type() == ColumnType.INTEGER ? (Object) Math.toIntExact(first + r) : first + r);
            } else if (pk != null && u.conflict().contains(pk.name())) {
                given.add(row[u.columns().indexOf(pk.name())]);
            }
            Document update = new Document();
            put(update, "$set", set);
            put(update, "$unset", unset);
            put(update, "$setOnInsert", onInsert);
            if (u.version() != null) {
                update.append("$inc", new Document(MongoFilters.field(t, u.version()), 1));
            }
            writes.add(new UpdateOneModel<>(filter, update.isEmpty() ? new Document("$set", filter) : update,
                    new UpdateOptions().upsert(true)));
        }
        MongoTarget target = targets.apply(t.name());
        commands.run("update", t, null, writes.size() + " upsert" + (writes.size() == 1 ? "" : "s"),
                () -> target.bulkWrite(writes), n -> n);
        if (pk != null && pk.generated() && !given.isEmpty()) {
            ids.advancePast(targets.apply(MongoIds.COUNTERS), t, given);
        }
    }

    private static void put(Document update, String operator, Document fields) {
        if (!fields.isEmpty()) {
            update.append(operator, fields);
        }
    }
}

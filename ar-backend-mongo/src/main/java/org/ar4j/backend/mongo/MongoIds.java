package org.ar4j.backend.mongo;

import java.util.List;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

import org.ar4j.BackendException;
import org.ar4j.spi.TableSpec;

/**
 * Numeric ids from a counter collection, so {@code Long id} models stay portable: a batch reserves its ids
 * with one {@code $inc}, and explicitly given ids move the counter past them with {@code $max}.
 */
final class MongoIds {
    static final String COUNTERS = "ar4j_counters";

    private final MongoCommands commands;

    MongoIds(MongoCommands commands) {
        this.commands = commands;
    }

    /** Reserves {@code n} ids; returns the first. */
    long reserve(MongoTarget counters, TableSpec t, int n) {
        Document filter = new Document("_id", t.name());
        Document update = new Document("$inc", new Document("seq", (long) n));
        FindOneAndUpdateOptions opts = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        Document after = commands.run("findAndModify", COUNTERS, null, filter, "$inc seq ?",
                () -> counters.findOneAndUpdate(filter, update, opts), d -> 1);
        long last = ((Number) after.get("seq")).longValue();
        if (last < n) {
            // The counter starts at 0 and only grows ($max past given ids): below n it went past Long.MAX_VALUE.
            throw new BackendException("No id can be generated for " + t.model() + ": its counter in " + COUNTERS
                    + " went past " + Long.MAX_VALUE + " (an id that large was given explicitly); nothing was written."
                    + " Give ids explicitly, or reset the counter below the largest stored id");
        }
        return last - n + 1;
    }

    /** Moves the counter past explicitly given numeric ids, so generated ids never collide with them. */
    void advancePast(MongoTarget counters, TableSpec t, List<Object> ids) {
        long max = Long.MIN_VALUE;
        for (Object id : ids) {
            if (id instanceof Number n) {
                max = Math.max(max, n.longValue());
            }
        }
        if (max == Long.MIN_VALUE) {
            return;
        }
        Document filter = new Document("_id", t.name());
        Document update = new Document("$max", new Document("seq", max));
        commands.run("update", COUNTERS, null, filter, "$max seq ?",
                () -> counters.updateOne(filter, update, new UpdateOptions().upsert(true)), r -> r.getModifiedCount());
    }
}

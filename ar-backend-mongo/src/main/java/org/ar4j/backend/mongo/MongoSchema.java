package org.ar4j.backend.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

import org.ar4j.BackendException;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;

/** Collections and their indexes, from table specs; dropping a collection also drops its id counter. */
final class MongoSchema {
    private final MongoDatabase database;
    private final MongoCommands commands;

    MongoSchema(MongoDatabase database, MongoCommands commands) {
        this.database = database;
        this.commands = commands;
    }

    private boolean exists(TableSpec t) {
        for (String n : database.listCollectionNames()) {
            if (n.equals(t.name())) {
                return true;
            }
        }
        return false;
    }

    void create(TableSpec t, boolean ifMissing) {
        if (exists(t)) {
            if (ifMissing) {
                return;
            }
            throw new BackendException("Collection " + t.name() + " already exists on mongo");
        }
        commands.run("create", t, null, null, () -> {
            database.createCollection(t.name());
            return 0;
        }, n -> 0);
        for (IndexSpec ix : t.indexes()) {
            Document keys = new Document();
            for (String c : ix.columns()) {
                keys.append(MongoFilters.field(t, c), 1);
            }
            commands.run("createIndexes", t, null, "index " + ix.name() + " on " + String.join(", ", ix.columns())
                    + (ix.unique() ? " unique" : ""), () -> database.getCollection(t.name()).createIndex(keys,
                    new IndexOptions().name(ix.name()).unique(ix.unique())), n -> 0);
        }
    }

    void drop(TableSpec t, boolean ifExists) {
        if (!exists(t)) {
            if (ifExists) {
                return;
            }
            throw new BackendException("Collection " + t.name() + " does not exist on mongo");
        }
        commands.run("drop", t, null, null, () -> {
            database.getCollection(t.name()).drop();
            database.getCollection(MongoIds.COUNTERS).deleteOne(new Document("_id", t.name()));
            return 0;
        }, n -> 0);
    }
}

package org.ar4j.backend.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;

import org.ar4j.BackendException;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.SchemaChange;
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
        for (IndexSpec ix : indexesOf(t)) {
            createIndex(t, ix);
        }
    }

    /**
     * The indexes a collection is created with: the table's, and for a composite key a unique index over its parts
     * ({@code <table>_pkey}): documents keep their own {@code _id}, the key's fields are ordinary fields.
     */
    static List<IndexSpec> indexesOf(TableSpec t) {
        if (!t.hasCompositeKey()) {
            return t.indexes();
        }
        List<IndexSpec> all = new ArrayList<>(t.indexes());
        all.add(0, keyIndex(t));
        return all;
    }

    /** The unique index that keeps a composite key unique. */
    static IndexSpec keyIndex(TableSpec t) {
        return new IndexSpec(t.name() + "_pkey", t.primaryKeyColumns().stream().map(ColumnSpec::name).toList(), true);
    }

    void createIndex(TableSpec t, IndexSpec ix) {
        Document keys = keys(t, ix);
        commands.run("createIndexes", t, null, "index " + ix.name() + " on " + String.join(", ", ix.columns())
                + (ix.unique() ? " unique" : ""), () -> database.getCollection(t.name()).createIndex(keys,
                new IndexOptions().name(ix.name()).unique(ix.unique()).sparse(sparse(t, ix))), n -> 0);
    }

    /**
     * A unique index over nullable fields is sparse: as in SQL, records without a value never collide (null values
     * are stored as absent fields).
     */
    private static boolean sparse(TableSpec t, IndexSpec ix) {
        return ix.unique() && ix.columns().stream().allMatch(c -> t.column(c).nullable());
    }

    /** The indexed fields; a JSON path index's one key is the dotted path its queries filter on. */
    private static Document keys(TableSpec t, IndexSpec ix) {
        Document keys = new Document();
        for (String c : ix.columns()) {
            StringBuilder key = new StringBuilder(MongoFilters.field(t, c));
            ix.path().forEach(step -> key.append('.').append(step));
            keys.append(key.toString(), 1);
        }
        return keys;
    }

    /**
     * The collection and its indexes (the _id index left out, keys mapped back to column names). Documents
     * declare no columns, so the columns reported are the model's, less any field the model requires (a
     * primitive) that some document lacks: one query each, limit 1. Such a field is what a migration fills.
     */
    Optional<LiveTable> inspect(TableSpec t) {
        if (!exists(t)) {
            return Optional.empty();
        }
        List<LiveColumn> columns = new ArrayList<>();
        for (ColumnSpec c : t.columns()) {
            boolean present = c.nullable() || c.primaryKey() || commands.run("find", t,
                    new Document(MongoFilters.field(t, c.name()), new Document("$exists", false)), "limit 1",
                    () -> database.getCollection(t.name()).find(new Document(MongoFilters.field(t, c.name()),
                            new Document("$exists", false))).limit(1).first() == null, found -> found ? 0 : 1);
            if (present) {
                columns.add(new LiveColumn(c.name(), "any", c.nullable(), c.primaryKey() && c.generated()));
            }
        }
        List<IndexSpec> indexes = new ArrayList<>();
        for (Document ix : database.getCollection(t.name()).listIndexes()) {
            String name = ix.getString("name");
            if ("_id_".equals(name)) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (String field : ix.get("key", Document.class).keySet()) {
                keys.add(columnOf(t, field));
            }
            indexes.add(new IndexSpec(name, keys, Boolean.TRUE.equals(ix.getBoolean("unique"))));
        }
        // a single id is the document's _id, which MongoDB keeps unique in every collection; a composite key is
        // kept unique by its own index, which the indexes read above show
        List<String> key = t.hasSingleKey() ? List.of(t.primaryKey().name()) : List.of();
        return Optional.of(new LiveTable(t.name(), columns, indexes, List.of(), true, key));
    }

    private static String columnOf(TableSpec t, String field) {
        for (ColumnSpec c : t.columns()) {
            if (MongoFilters.field(t, c.name()).equals(field)) {
                return c.name();
            }
        }
        return field;
    }

    /** mongosh commands for the changes a collection can have; the rest are comments. */
    List<String> migration(List<SchemaChange> changes) {
        List<String> out = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.CreateTable c) {
                out.add("db.createCollection(" + json(c.table().name()) + ");");
                for (IndexSpec ix : indexesOf(c.table())) {
                    out.add(createIndexCommand(c.table(), ix));
                }
            } else if (change instanceof SchemaChange.CreateIndex c) {
                out.add(createIndexCommand(c.table(), c.index()));
            } else if (change instanceof SchemaChange.AddColumn c && !c.column().nullable()) {
                out.add("db.getCollection(" + json(c.table().name()) + ").updateMany(" + missing(c.table(), c.column()).toJson()
                        + ", " + new Document("$set", new Document(MongoFilters.field(c.table(), c.column().name()),
                        zero(c.column()))).toJson() + ");");
            } else if (change instanceof SchemaChange.Note n) {
                out.add("// " + n.text());
            } else if (!(change instanceof SchemaChange.AddColumn)) {
                out.add("// not needed on mongo (documents have no declared types or constraints): " + change);
            }
        }
        return out;
    }

    private static String createIndexCommand(TableSpec t, IndexSpec ix) {
        return "db.getCollection(" + json(t.name()) + ").createIndex(" + keys(t, ix).toJson() + ", "
                + new Document("name", ix.name()).append("unique", ix.unique()).append("sparse", sparse(t, ix)).toJson()
                + ");";
    }

    private static String json(String s) {
        return new Document("s", s).toJson().replaceFirst("^\\{\\s*\"s\"\\s*:\\s*", "").replaceFirst("\\s*}$", "");
    }

    void migrate(List<SchemaChange> changes) {
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.CreateTable c) {
                create(c.table(), true);
            } else if (change instanceof SchemaChange.CreateIndex c) {
                createIndex(c.table(), c.index());
            } else if (change instanceof SchemaChange.AddColumn c && !c.column().nullable()) {
                Document set = new Document("$set", new Document(MongoFilters.field(c.table(), c.column().name()),
                        zero(c.column())));
                commands.run("update", c.table(), missing(c.table(), c.column()), "$set ?",
                        () -> database.getCollection(c.table().name()).updateMany(missing(c.table(), c.column()), set)
                                .getModifiedCount(), n -> n);
            }
        }
    }

    /** The documents that lack a field. */
    private static Document missing(TableSpec t, ColumnSpec c) {
        return new Document(MongoFilters.field(t, c.name()), new Document("$exists", false));
    }

    /** What a required number or boolean holds in documents written before it existed, as SQL's DEFAULT gives rows. */
    private static Object zero(ColumnSpec c) {
        return switch (c.type()) {
            case BOOLEAN -> Boolean.FALSE;
            case INTEGER -> 0;
            case DOUBLE -> 0.0d;
            default -> 0L;
        };
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

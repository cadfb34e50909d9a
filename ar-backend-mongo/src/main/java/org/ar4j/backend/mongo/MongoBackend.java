package org.ar4j.backend.mongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.connection.ClusterType;
import org.bson.Document;
import org.bson.UuidRepresentation;

import org.ar4j.BackendException;
import org.ar4j.ConfigurationException;
import org.ar4j.QueryEvent;
import org.ar4j.query.Order;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendTransaction;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.PartialInsertException;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpdateRows;

/**
 * A {@link Backend} on MongoDB: tables are collections, rows are documents, the primary key is
 * {@code _id}. Numeric ids come from a counter collection so {@code Long id} models stay portable.
 * Exact per-owner limits run as one aggregation. Transactions are declared only when the server
 * supports them (sessions on a replica set or sharded cluster). Thread-safe.
 */
final class MongoBackend implements Backend {
    static final String COUNTERS = "ar4j_counters";
    /** Keys per $in batch: keeps each command far below MongoDB's 16 MB limit even for long string keys. */
    static final int KEYS_PER_QUERY = 5_000;

    private final MongoClient client;
    private final MongoDatabase database;
    private final BackendConfig config;
    private final Set<Capability> capabilities;
    private final ThreadLocal<Tx> tx = new ThreadLocal<>();

    private MongoBackend(BackendConfig config) {
        this.config = config;
        ConnectionString cs;
        try {
            cs = new ConnectionString(config.url());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid MongoDB URL " + config.redactedUrl() + ": " + e.getMessage(), e);
        }
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(cs)
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applyToClusterSettings(b -> b.serverSelectionTimeout(
                        Long.parseLong(config.property("mongo.serverSelectionTimeoutMs", "10000")),
                        java.util.concurrent.TimeUnit.MILLISECONDS))
                .build();
        this.client = MongoClients.create(settings);
        String dbName = cs.getDatabase() != null ? cs.getDatabase() : "ar4j";
        this.database = client.getDatabase(dbName);
        try {
            database.runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            client.close();
            throw new ConfigurationException("Cannot connect to the MongoDB database '" + dbName + "' at "
                    + config.redactedUrl() + ": " + e.getMessage(), e);
        }
        EnumSet<Capability> caps = EnumSet.of(Capability.WINDOW_FUNCTIONS);
        var cluster = client.getClusterDescription();
        boolean sessions = cluster.getLogicalSessionTimeoutMinutes() != null;
        boolean replicated = cluster.getType() == ClusterType.REPLICA_SET || cluster.getType() == ClusterType.SHARDED;
        if (sessions && replicated) {
            caps.add(Capability.TRANSACTIONS);
        }
        this.capabilities = Collections.unmodifiableSet(caps);
    }

    static MongoBackend open(BackendConfig config) {
        return new MongoBackend(config);
    }


    private MongoCollection<Document> collection(TableSpec t) {
        return database.getCollection(t.name());
    }

    private ClientSession session() {
        Tx t = tx.get();
        return t == null ? null : t.session;
    }

    private <R> R run(String op, TableSpec table, Object filter, String extra, Supplier<R> work,
                      java.util.function.ToLongFunction<R> rows) {
        return run(op, table.name(), table, filter, extra, work, rows);
    }

    private <R> R run(String op, String collection, TableSpec table, Object filter, String extra, Supplier<R> work,
                      java.util.function.ToLongFunction<R> rows) {
        long start = System.nanoTime();
        String text = op + " " + collection + (filter == null ? "" : " " + MongoFilters.shape(filter)) + (extra == null ? "" : " " + extra);
        int params = filter == null ? 0 : MongoFilters.parameters(filter);
        try {
            R r = work.get();
            report(op, text, params, start, rows.applyAsLong(r), null);
            return r;
        } catch (RuntimeException e) {
            if (e instanceof org.ar4j.Ar4jException a) {
                throw a;
            }
            // MongoException, and BSON or codec exceptions: none reaches the user unwrapped.
            report(op, text, params, start, 0, e);
            BackendException violation = table == null ? null : MongoErrors.violation(e, table);
            if (violation != null) {
                throw violation;
            }
            throw new BackendException(op + " on " + collection + " failed on mongo: " + e.getMessage() + " [" + text + "]", e);
        }
    }

    private void report(String op, String text, int params, long start, long rows, Throwable failure) {
        config.listener().onQuery(new QueryEvent("mongo", op, text, params, Duration.ofNanos(System.nanoTime() - start),
                rows, failure));
    }

    @Override
    public String name() {
        return "mongo";
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public int maxKeysPerQuery(int otherParameters) {
        return KEYS_PER_QUERY;
    }

    /**
     * Field names must not contain '.' (a path) or start with '$' (an operator), collection names must
     * not contain '$' or start with "system."; no name may be empty or contain NUL.
     */
    @Override
    public java.util.Optional<String> identifierProblem(String name, org.ar4j.spi.IdentifierKind kind) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return java.util.Optional.of("MongoDB names must not be empty or contain NUL");
        }
        return switch (kind) {
            case COLUMN -> name.indexOf('.') >= 0 || name.startsWith("$")
                    ? java.util.Optional.of("MongoDB field names must not contain '.' (it reads as a path) or start"
                    + " with '$' (it reads as an operator)") : java.util.Optional.empty();
            case TABLE -> name.indexOf('$') >= 0 || name.startsWith("system.")
                    ? java.util.Optional.of("MongoDB collection names must not contain '$' or start with 'system.'")
                    : java.util.Optional.empty();
            case INDEX -> java.util.Optional.empty();
        };
    }

    /** MongoDB's skip is a 32-bit count. */
    private static int skip(Select s) {
        if (s.offset() > Integer.MAX_VALUE) {
            throw new org.ar4j.QueryException("offset(" + s.offset() + ") on " + s.table().model() + ": MongoDB skips at"
                    + " most " + Integer.MAX_VALUE + " documents; page with a condition on an ordered field instead");
        }
        return (int) (long) s.offset();
    }

    private Document sort(TableSpec t, List<Order> orders) {
        Document d = new Document();
        for (Order o : orders) {
            d.append(MongoFilters.field(t, o.field()), o.ascending() ? 1 : -1);
        }
        return d;
    }

    private Document projection(TableSpec t, List<String> columns) {
        Document d = new Document();
        boolean id = false;
        for (String c : columns) {
            String f = MongoFilters.field(t, c);
            d.append(f, 1);
            id |= f.equals("_id");
        }
        if (!id) {
            d.append("_id", 0);
        }
        return d;
    }

    @Override
    public RowCursor find(Select s) {
        TableSpec t = s.table();
        Document filter = MongoFilters.filter(t, s.where());
        ColumnType[] types = new ColumnType[s.columns().size()];
        String[] fields = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = t.typeOf(s.columns().get(i));
            fields[i] = MongoFilters.field(t, s.columns().get(i));
        }
        if (s.partition() != null) {
            return partitioned(s, filter, types, fields);
        }
        long start = System.nanoTime();
        String text = "find " + t.name() + " " + MongoFilters.shape(filter)
                + (s.orderBy().isEmpty() ? "" : " sort " + sort(t, s.orderBy()).toJson())
                + (s.limit() != null ? " limit ?" : "") + (s.offset() != null ? " skip ?" : "");
        int params = MongoFilters.parameters(filter) + (s.limit() != null ? 1 : 0) + (s.offset() != null ? 1 : 0);
        try {
            ClientSession session = session();
            FindIterable<Document> it = session == null ? collection(t).find(filter) : collection(t).find(session, filter);
            it = it.projection(projection(t, s.columns()));
            if (!s.orderBy().isEmpty()) {
                it = it.sort(sort(t, s.orderBy()));
            }
            if (s.offset() != null) {
                it = it.skip(skip(s));
            }
            if (s.limit() != null) {
                if (s.limit() == 0) {
                    it = it.filter(MongoFilters.NOTHING);
                } else {
                    it = it.limit(s.limit());
                }
            }
            return new Cursor(it.iterator(), null, types, fields, "find", text, params, start);
        } catch (MongoException e) {
            report("find", text, params, start, 0, e);
            throw new BackendException("find on " + t.name() + " failed on mongo: " + e.getMessage(), e);
        }
    }

    /** Exact per-owner limit: sort, group by the partition key, keep the first n of each group. */
    private RowCursor partitioned(Select s, Document filter, ColumnType[] types, String[] fields) {
        TableSpec t = s.table();
        String key = MongoFilters.field(t, s.partition().column());
        List<Document> pipeline = new ArrayList<>();
        pipeline.add(new Document("$match", filter));
        Document order = sort(t, s.orderBy());
        if (!order.isEmpty()) {
            pipeline.add(new Document("$sort", order));
        }
        pipeline.add(new Document("$group", new Document("_id", "$" + key).append("docs", new Document("$push", "$$ROOT"))));
        pipeline.add(new Document("$project", new Document("docs", new Document("$slice", List.of("$docs", s.partition().limit())))));
        pipeline.add(new Document("$unwind", "$docs"));
        pipeline.add(new Document("$replaceRoot", new Document("newRoot", "$docs")));
        Document outer = new Document(key, 1);
        outer.putAll(order);
        pipeline.add(new Document("$sort", outer));
        long start = System.nanoTime();
        String text = "aggregate " + t.name() + " [$match " + MongoFilters.shape(filter) + ", $sort, $group by " + key
                + ", $slice ?, $unwind, $replaceRoot, $sort]";
        int params = MongoFilters.parameters(filter) + 1;
        try {
            ClientSession session = session();
            var agg = session == null ? collection(t).aggregate(pipeline) : collection(t).aggregate(session, pipeline);
            return new Cursor(agg.iterator(), null, types, fields, "aggregate", text, params, start);
        } catch (MongoException e) {
            report("aggregate", text, params, start, 0, e);
            throw new BackendException("aggregate on " + t.name() + " failed on mongo: " + e.getMessage(), e);
        }
    }

    private final class Cursor implements RowCursor {
        private final MongoCursor<Document> cursor;
        private final ColumnType[] types;
        private final String[] fields;
        private final String op;
        private final String text;
        private final int params;
        private final long start;
        private Document current;
        private long rows;
        private boolean closed;

        Cursor(MongoCursor<Document> cursor, Object unused, ColumnType[] types, String[] fields, String op, String text,
               int params, long start) {
            this.cursor = cursor;
            this.types = types;
            this.fields = fields;
            this.op = op;
            this.text = text;
            this.params = params;
            this.start = start;
        }

        @Override
        public boolean next() {
            try {
                if (cursor.hasNext()) {
                    current = cursor.next();
                    rows++;
                    return true;
                }
                current = null;
                return false;
            } catch (MongoException e) {
                close();
                throw new BackendException(op + " failed on mongo: " + e.getMessage() + " [" + text + "]", e);
            }
        }

        @Override
        public Object get(int index) {
            return MongoValues.fromBson(current.get(fields[index]), types[index]);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            cursor.close();
            report(op, text, params, start, rows, null);
        }
    }

    @Override
    public long count(Select s) {
        TableSpec t = s.table();
        Document filter = MongoFilters.filter(t, s.where());
        CountOptions opts = new CountOptions();
        if (s.limit() != null) {
            if (s.limit() == 0) {
                return 0;
            }
            opts.limit(s.limit());
        }
        if (s.offset() != null) {
            opts.skip(skip(s));
        }
        ClientSession session = session();
        return run("count", t, filter, null,
                () -> session == null ? collection(t).countDocuments(filter, opts) : collection(t).countDocuments(session, filter, opts),
                n -> 1);
    }

    /** Moves the table's counter past explicitly given numeric ids ($max), so generated ids never collide. */
    private void advanceCounter(TableSpec t, List<Object> ids) {
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
        ClientSession session = session();
        MongoCollection<Document> counters = database.getCollection(COUNTERS);
        run("update", COUNTERS, null, filter, "$max seq ?", () -> session == null
                ? counters.updateOne(filter, update, new com.mongodb.client.model.UpdateOptions().upsert(true))
                : counters.updateOne(session, filter, update, new com.mongodb.client.model.UpdateOptions().upsert(true)),
                r -> r.getModifiedCount());
    }

    /** Reserves {@code n} ids from the table's counter: one findAndModify with $inc. */
    private long reserveIds(TableSpec t, int n) {
        Document filter = new Document("_id", t.name());
        ClientSession session = session();
        MongoCollection<Document> counters = database.getCollection(COUNTERS);
        Document update = new Document("$inc", new Document("seq", (long) n));
        FindOneAndUpdateOptions opts = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        Document after = run("findAndModify", COUNTERS, null, filter, "$inc seq ?",
                () -> session == null ? counters.findOneAndUpdate(filter, update, opts)
                        : counters.findOneAndUpdate(session, filter, update, opts), d -> 1);
        return ((Number) after.get("seq")).longValue() - n + 1;
    }

    @Override
    public List<Object> insert(InsertRows insert) {
        TableSpec t = insert.table();
        ColumnSpec pk = t.primaryKey();
        boolean generate = !insert.columns().contains(pk.name());
        List<Object> ids = new ArrayList<>(insert.rows().size());
        long first = generate ? reserveIds(t, insert.rows().size()) : 0;
        List<Document> docs = new ArrayList<>(insert.rows().size());
        for (int r = 0; r < insert.rows().size(); r++) {
            Object[] row = insert.rows().get(r);
            Document d = new Document();
            if (generate) {
                Object id = pk.type() == ColumnType.INTEGER ? (Object) Math.toIntExact(first + r) : (Object) (first + r);
                d.append("_id", id);
                ids.add(id);
            }
            for (int i = 0; i < row.length; i++) {
                String col = insert.columns().get(i);
                Object v = MongoValues.toBson(row[i], t.typeOf(col));
                d.append(MongoFilters.field(t, col), v);
                if (!generate && col.equals(pk.name())) {
                    ids.add(row[i]);
                }
            }
            docs.add(d);
        }
        ClientSession session = session();
        MongoCollection<Document> c = collection(t);
        try {
            insertDocuments(t, c, session, docs);
        } catch (BackendException e) {
            if (session == null && e.getCause() instanceof MongoBulkWriteException bulk
                    && !bulk.getWriteErrors().isEmpty()) {
                // An ordered insert stops at the first error: the documents before it are stored.
                int stored = bulk.getWriteErrors().get(0).getIndex();
                throw new PartialInsertException(e.getMessage(), e, ids.subList(0, stored));
            }
            throw e;
        }
        if (!generate && pk.generated()) {
            advanceCounter(t, ids);
        }
        return ids;
    }

    private void insertDocuments(TableSpec t, MongoCollection<Document> c, ClientSession session, List<Document> docs) {
        run("insert", t, null, docs.size() + " document" + (docs.size() == 1 ? "" : "s"), () -> {
            if (docs.size() == 1) {
                if (session == null) {
                    c.insertOne(docs.get(0));
                } else {
                    c.insertOne(session, docs.get(0));
                }
            } else if (session == null) {
                c.insertMany(docs);
            } else {
                c.insertMany(session, docs);
            }
            return docs.size();
        }, n -> n);
    }

    @Override
    public long update(UpdateRows update) {
        TableSpec t = update.table();
        Document filter = MongoFilters.filter(t, update.where());
        Document set = new Document();
        Document unset = new Document();
        for (Map.Entry<String, Object> e : update.values().entrySet()) {
            String f = MongoFilters.field(t, e.getKey());
            if (e.getValue() == null) {
                unset.append(f, "");
            } else {
                set.append(f, MongoValues.toBson(e.getValue(), t.typeOf(e.getKey())));
            }
        }
        Document u = new Document();
        if (!set.isEmpty()) {
            u.append("$set", set);
        }
        if (!update.increments().isEmpty()) {
            Document inc = new Document();
            for (String column : update.increments()) {
                inc.append(MongoFilters.field(t, column), 1);
            }
            u.append("$inc", inc);
        }
        if (!unset.isEmpty()) {
            u.append("$unset", unset);
        }
        ClientSession session = session();
        Document shapeDoc = new Document("filter", filter).append("update", u);
        return run("update", t, shapeDoc, null,
                () -> (session == null ? collection(t).updateMany(filter, u) : collection(t).updateMany(session, filter, u))
                        .getMatchedCount(), n -> n);
    }

    @Override
    public long delete(DeleteRows delete) {
        TableSpec t = delete.table();
        Document filter = MongoFilters.filter(t, delete.where());
        ClientSession session = session();
        return run("delete", t, filter, null,
                () -> (session == null ? collection(t).deleteMany(filter) : collection(t).deleteMany(session, filter))
                        .getDeletedCount(), n -> n);
    }

    private boolean exists(TableSpec t) {
        for (String n : database.listCollectionNames()) {
            if (n.equals(t.name())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void createTable(TableSpec t, boolean ifMissing) {
        if (exists(t)) {
            if (ifMissing) {
                return;
            }
            throw new BackendException("Collection " + t.name() + " already exists on mongo");
        }
        run("create", t, null, null, () -> {
            database.createCollection(t.name());
            return 0;
        }, n -> 0);
        for (IndexSpec ix : t.indexes()) {
            Document keys = new Document();
            for (String c : ix.columns()) {
                keys.append(MongoFilters.field(t, c), 1);
            }
            run("createIndexes", t, null, "index " + ix.name() + " on " + String.join(", ", ix.columns())
                    + (ix.unique() ? " unique" : ""), () -> collection(t).createIndex(keys,
                    new IndexOptions().name(ix.name()).unique(ix.unique())), n -> 0);
        }
    }

    @Override
    public void dropTable(TableSpec t, boolean ifExists) {
        if (!exists(t)) {
            if (ifExists) {
                return;
            }
            throw new BackendException("Collection " + t.name() + " does not exist on mongo");
        }
        run("drop", t, null, null, () -> {
            collection(t).drop();
            database.getCollection(COUNTERS).deleteOne(new Document("_id", t.name()));
            return 0;
        }, n -> 0);
    }

    @Override
    public BackendTransaction begin() {
        require(Capability.TRANSACTIONS, "transactions");
        if (tx.get() != null) {
            throw new IllegalStateException("a transaction is already open on this thread");
        }
        ClientSession session = client.startSession();
        long start = System.nanoTime();
        try {
            session.startTransaction();
        } catch (MongoException e) {
            session.close();
            report(QueryEvent.TRANSACTION, "startTransaction", 0, start, 0, e);
            throw new BackendException("Starting a transaction failed on mongo: " + e.getMessage(), e);
        }
        report(QueryEvent.TRANSACTION, "startTransaction", 0, start, 0, null);
        Tx t = new Tx(session);
        tx.set(t);
        return t;
    }

    /** The thread's open transaction: a session whose commands run inside it. */
    private final class Tx implements BackendTransaction {
        final ClientSession session;

        Tx(ClientSession session) {
            this.session = session;
        }

        @Override
        public void savepoint(String name) {
            require(Capability.SAVEPOINTS, "nested transactions");
        }

        @Override
        public void rollbackToSavepoint(String name) {
            require(Capability.SAVEPOINTS, "nested transactions");
        }

        @Override
        public void releaseSavepoint(String name) {
            require(Capability.SAVEPOINTS, "nested transactions");
        }

        @Override
        public void commit() {
            end(true);
        }

        @Override
        public void rollback() {
            end(false);
        }

        private void end(boolean commit) {
            String op = commit ? "commitTransaction" : "abortTransaction";
            long start = System.nanoTime();
            try {
                if (commit) {
                    session.commitTransaction();
                } else if (session.hasActiveTransaction()) {
                    session.abortTransaction();
                }
                report(QueryEvent.TRANSACTION, op, 0, start, 0, null);
            } catch (MongoException e) {
                report(QueryEvent.TRANSACTION, op, 0, start, 0, e);
                if (commit && session.hasActiveTransaction()) {
                    try {
                        session.abortTransaction();
                    } catch (MongoException again) {
                        e.addSuppressed(again);
                    }
                }
                throw new BackendException(op + " failed on mongo: " + e.getMessage(), e);
            } finally {
                tx.remove();
                session.close();
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}

package org.ar4j.backend.mongo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CountOptions;
import com.mongodb.connection.ClusterType;
import org.bson.Document;
import org.bson.UuidRepresentation;

import org.ar4j.BackendException;
import org.ar4j.ConfigurationException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendTransaction;
import org.ar4j.Capability;
import org.ar4j.spi.ColumnRef;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.IdentifierKind;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.PartialInsertException;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpdateRows;
import org.ar4j.spi.UpsertRows;

/**
 * A {@link Backend} on MongoDB: tables are collections, rows are documents, the primary key is
 * {@code _id}. Numeric ids come from a counter collection ({@link MongoIds}) so {@code Long id} models stay
 * portable. Exact per-owner limits run as one aggregation. Transactions are declared only when the server
 * supports them (sessions on a replica set or sharded cluster). Thread-safe.
 */
final class MongoBackend implements Backend.Direct {
    /** Keys per $in batch: keeps each command far below MongoDB's 16 MB limit even for long string keys. */
    static final int KEYS_PER_QUERY = 5_000;

    private final MongoClient client;
    private final MongoDatabase database;
    private final Set<Capability> capabilities;
    private final MongoCommands commands;
    private final MongoSchema schema;
    private final MongoAggregates aggregates;
    private final MongoIds ids;
    private final MongoUpserts upserts;
    private final ThreadLocal<MongoTransaction> tx = new ThreadLocal<>();
    private final MongoCausalSessions causal;

    private MongoBackend(BackendConfig config) {
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
                        Long.parseLong(config.property("mongo.serverSelectionTimeoutMs", "10000")), TimeUnit.MILLISECONDS))
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
        EnumSet<Capability> caps = EnumSet.of(Capability.WINDOW_FUNCTIONS, Capability.JSON_PATHS,
                Capability.JSON_PATH_INDEXES);
        var cluster = client.getClusterDescription();
        boolean sessions = cluster.getLogicalSessionTimeoutMinutes() != null;
        boolean replicated = cluster.getType() == ClusterType.REPLICA_SET || cluster.getType() == ClusterType.SHARDED;
        if (sessions && replicated) {
            caps.add(Capability.TRANSACTIONS);
        }
        this.capabilities = Collections.unmodifiableSet(caps);
        try {
            this.causal = MongoCausalSessions.of(client, cs, sessions, config.redactedUrl());
        } catch (ConfigurationException e) {
            client.close();
            throw e;
        }
        this.commands = new MongoCommands(config.listener(), config.reportParameters());
        this.schema = new MongoSchema(database, commands);
        this.aggregates = new MongoAggregates(commands, this::target);
        this.ids = new MongoIds(commands);
        this.upserts = new MongoUpserts(commands, ids, this::target);
    }

    static MongoBackend open(BackendConfig config) {
        return new MongoBackend(config);
    }

    /** A collection as this thread must use it: in its open transaction, its causal session, or plain. */
    private MongoTarget target(String collection) {
        MongoTransaction t = tx.get();
        return MongoTarget.of(database.getCollection(collection), t == null ? causal.session() : t.session);
    }

    private MongoTarget target(TableSpec t) {
        return target(t.name());
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
    public Optional<String> identifierProblem(String name, IdentifierKind kind) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return Optional.of("MongoDB names must not be empty or contain NUL");
        }
        return switch (kind) {
            case COLUMN -> name.indexOf('.') >= 0 || name.startsWith("$")
                    ? Optional.of("MongoDB field names must not contain '.' (it reads as a path) or start"
                    + " with '$' (it reads as an operator)") : Optional.empty();
            case TABLE -> name.indexOf('$') >= 0 || name.startsWith("system.")
                    ? Optional.of("MongoDB collection names must not contain '$' or start with 'system.'")
                    : Optional.empty();
            case INDEX -> Optional.empty();
        };
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
            return aggregates.partitioned(s, filter, types, fields);
        }
        long start = System.nanoTime();
        String text = "find " + t.name() + " " + MongoFilters.shape(filter)
                + (s.orderBy().isEmpty() ? "" : " sort " + MongoFilters.sort(t, s.orderBy()).toJson())
                + (s.limit() != null ? " limit ?" : "") + (s.offset() != null ? " skip ?" : "");
        MongoCommands.Bound params = commands.bound(filter, Stream.of(s.limit(), s.offset()).filter(Objects::nonNull).toArray());
        try {
            FindIterable<Document> it = target(t).find(filter).projection(MongoFilters.projection(t, s.columns()));
            if (!s.orderBy().isEmpty()) {
                it = it.sort(MongoFilters.sort(t, s.orderBy()));
            }
            if (s.offset() != null) {
                it = it.skip(MongoFilters.skip(s));
            }
            if (s.limit() != null) {
                it = s.limit() == 0 ? it.filter(MongoFilters.NOTHING) : it.limit(s.limit());
            }
            return new MongoRows(it.iterator(), types, fields, commands, new MongoCommands.Shown("find", t.model(), text, params),
                    start);
        } catch (MongoException e) {
            commands.report("find", text, params, start, 0, e);
            throw MongoErrors.failure("find on " + t.name(), e, "", false);
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
            opts.skip(MongoFilters.skip(s));
        }
        MongoTarget target = target(t);
        return commands.run("count", t, filter, null, () -> target.count(filter, opts), n -> 1);
    }

    @Override
    public RowCursor aggregate(AggregateSelect s) {
        return aggregates.aggregate(s);
    }

    @Override
    public List<Object> insert(InsertRows insert) {
        TableSpec t = insert.table();
        ColumnSpec pk = t.hasSingleKey() ? t.primaryKey() : null;   // a composite key's parts are ordinary fields
        boolean generate = pk != null && !insert.columns().contains(pk.name());
        List<Object> keys = new ArrayList<>(insert.rows().size());
        long first = generate ? ids.reserve(target(MongoIds.COUNTERS), t, insert.rows().size()) : 0;
        List<Document> docs = new ArrayList<>(insert.rows().size());
        for (int r = 0; r < insert.rows().size(); r++) {
            Object[] row = insert.rows().get(r);
            Document d = new Document();
            if (generate) {
                Object id = pk.type() == ColumnType.INTEGER ? (Object) Math.toIntExact(first + r) : (Object) (first + r);
                d.append("_id", id);
                keys.add(id);
            }
            for (int i = 0; i < row.length; i++) {
                String col = insert.columns().get(i);
                if (row[i] != null) { // null is an absent field, as updates $unset it
                    MongoFilters.write(d, MongoFilters.field(t, col), MongoValues.toBson(row[i], t.typeOf(col)));
                }
                if (!generate && pk != null && col.equals(pk.name())) {
                    keys.add(row[i]);
                }
            }
            if (pk == null) {
                keys.add(null);
            }
            docs.add(d);
        }
        MongoTarget target = target(t);
        try {
            commands.run("insert", t, null, docs.size() + " document" + (docs.size() == 1 ? "" : "s"), () -> {
                target.insert(docs);
                return docs.size();
            }, n -> n);
        } catch (BackendException e) {
            if (tx.get() == null && e.getCause() instanceof MongoBulkWriteException bulk
                    && !bulk.getWriteErrors().isEmpty()) {
                // An ordered insert stops at the first error: the documents before it are stored.
                int stored = bulk.getWriteErrors().get(0).getIndex();
                throw new PartialInsertException(e.getMessage(), e, keys.subList(0, stored));
            }
            throw e;
        }
        if (!generate && pk != null && pk.generated()) {
            ids.advancePast(target(MongoIds.COUNTERS), t, keys);
        }
        return keys;
    }

    @Override
    public void upsert(UpsertRows upsert) {
        upserts.upsert(upsert);
    }

    @Override
    public long update(UpdateRows update) {
        TableSpec t = update.table();
        Document filter = MongoFilters.filter(t, update.where());
        Document set = new Document();
        Document unset = new Document();
        Document inc = new Document();
        for (Map.Entry<String, Object> e : update.values().entrySet()) {
            String f = MongoFilters.field(t, e.getKey());
            if (e.getValue() instanceof ColumnRef ref) {
                if (!ref.column().equals(e.getKey())) {
                    throw new UnsupportedCapabilityException(name(), Capability.FIELD_TO_FIELD_UPDATES,
                            "setting " + e.getKey() + " from " + ref.column());
                }
                if (ref.delta() != null) {   // core matches only rows where the field has a value, as $inc needs
                    inc.append(f, MongoValues.toBson(ref.delta(), t.typeOf(e.getKey())));
                }
            } else if (e.getValue() == null) {
                unset.append(f, "");
            } else {
                set.append(f, MongoValues.toBson(e.getValue(), t.typeOf(e.getKey())));
            }
        }
        Document u = new Document();
        if (!set.isEmpty()) {
            u.append("$set", set);
        }
        for (String column : update.increments()) {
            inc.append(MongoFilters.field(t, column), 1);
        }
        if (!inc.isEmpty()) {
            u.append("$inc", inc);
        }
        if (!unset.isEmpty()) {
            u.append("$unset", unset);
        }
        MongoTarget target = target(t);
        return commands.run("update", t, new Document("filter", filter).append("update", u), null,
                () -> target.updateMany(filter, u), n -> n);
    }

    @Override
    public long delete(DeleteRows delete) {
        TableSpec t = delete.table();
        Document filter = MongoFilters.filter(t, delete.where());
        MongoTarget target = target(t);
        return commands.run("delete", t, filter, null, () -> target.deleteMany(filter), n -> n);
    }

    @Override
    public void createTable(TableSpec t, boolean ifMissing) {
        schema.create(t, ifMissing);
    }

    @Override
    public void dropTable(TableSpec t, boolean ifExists) {
        schema.drop(t, ifExists);
    }

    @Override
    public Optional<LiveTable> inspect(TableSpec t) {
        return schema.inspect(t);
    }

    /** Documents carry no declared types: every field's type is what the model writes. */
    @Override
    public Optional<String> typeMismatch(TableSpec t, ColumnSpec expected, LiveColumn live) {
        return Optional.empty();
    }

    @Override
    public List<String> migration(List<SchemaChange> changes) {
        return schema.migration(changes);
    }

    @Override
    public void migrate(List<SchemaChange> changes) {
        schema.migrate(changes);
    }

    @Override
    public BackendTransaction begin() {
        require(Capability.TRANSACTIONS, "transactions");
        if (tx.get() != null) {
            throw new IllegalStateException("a transaction is already open on this thread");
        }
        MongoTransaction t = MongoTransaction.start(client, commands, tx::remove);
        tx.set(t);
        return t;
    }

    @Override
    public void close() {
        causal.close();
        client.close();
    }
}

package org.ar4j.sql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.ar4j.BackendException;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendTransaction;
import org.ar4j.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IdentifierKind;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.NativeQuery;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpdateRows;
import org.ar4j.spi.UpsertRows;
import org.ar4j.sql.SqlDialect;

/**
 * The {@link Backend} every SQL dialect shares: renders the portable operations with its
 * {@link SqlDialect}, binds every value, runs them where {@link SqlConnections} says (the thread's
 * transaction, a pooled connection, a stream's own connection) and reports each statement.
 * Thread-safe.
 *
 * <p>Properties read from {@link BackendConfig}: {@code user}, {@code password},
 * {@code pool.maxSize}, {@code pool.minIdle}, {@code pool.connectionTimeoutMs} (default 30000),
 * {@code pool.idleTimeoutMs}, {@code pool.maxLifetimeMs}.
 */
public final class SqlBackend implements Backend.Direct {
    /** The properties every SQL backend reads. */
    public static final Set<String> PROPERTY_KEYS = Set.of("user", "password", "pool.maxSize", "pool.minIdle",
            "pool.connectionTimeoutMs", "pool.idleTimeoutMs", "pool.maxLifetimeMs");

    private final SqlDialect dialect;
    private final SqlRenderer renderer;
    private final SqlSchema schema;
    private final SqlAggregates aggregates;
    private final SqlNative natives;
    private final SqlInserts inserts;
    private final SqlUpserts upserts;
    private final SqlStreams streams;
    private final SqlReplicas replication;
    private final Statements statements;
    private final SqlConnections connections;
    private final Set<Capability> capabilities;
    private final int maxParameters;

    private SqlBackend(SqlDialect dialect, BackendConfig config) {
        this.dialect = dialect;
        this.inserts = new SqlInserts(dialect);
        this.statements = new Statements(dialect, config.listener(), config.reportParameters());
        this.connections = new SqlConnections(dialect, config, "the " + dialect.name() + " database ("
                + dialect.connections().describeLocation(config.redactedUrl()) + ") at " + config.redactedUrl());
        try (Connection c = connections.pooled()) {
            dialect.initialize(c);
            EnumSet<Capability> caps = EnumSet.noneOf(Capability.class);
            caps.addAll(dialect.features().capabilities());
            if (dialect.replication() != null) {
                caps.add(Capability.REPLICAS);
            }
            this.capabilities = Collections.unmodifiableSet(caps);
            this.renderer = new SqlRenderer(dialect, capabilities.contains(Capability.ARRAY_BINDING));
            this.upserts = new SqlUpserts(dialect, renderer, inserts);
            this.streams = new SqlStreams(dialect, renderer, connections, statements, this::bindAll);
            this.replication = new SqlReplicas(dialect.replication(), connections, statements);
            this.schema = new SqlSchema(dialect, renderer, connections, this::ddl);
            this.aggregates = new SqlAggregates(dialect, renderer, connections, statements, this::bindAll);
            this.natives = new SqlNative(dialect, connections, statements, this::bindAll);
            this.maxParameters = dialect.features().maxBindParameters();
        } catch (SQLException e) {
            connections.close();
            throw connections.connectFailure(e);
        }
    }

    /** Opens a backend for a dialect; called by the dialect's provider. */
    public static SqlBackend open(SqlDialect dialect, BackendConfig config) {
        return new SqlBackend(dialect, config);
    }

    /** The dialect this backend renders with. */
    public SqlDialect dialect() {
        return dialect;
    }

    @Override
    public String name() {
        return dialect.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public int maxKeysPerQuery(int otherParameters) {
        if (capabilities.contains(Capability.ARRAY_BINDING)) {
            return Integer.MAX_VALUE;
        }
        return maxParameters - otherParameters;
    }

    @Override
    public org.ar4j.spi.SqlText sqlText() {
        return dialect.syntax().text();
    }

    @Override
    public Optional<String> identifierProblem(String identifier, IdentifierKind kind) {
        int max = dialect.features().maxIdentifierBytes();
        int bytes = identifier.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > max) {
            return Optional.of("it is " + bytes + " bytes long and " + dialect.name() + " keeps at most " + max);
        }
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            return Optional.of("a name must not be empty or contain NUL");
        }
        return Optional.empty();
    }

    private void bindAll(PreparedStatement ps, List<SqlRenderer.Bind> binds) throws SQLException {
        int p = 1;
        for (int i = 0; i < binds.size(); i++) {
            SqlRenderer.Bind b = binds.get(i);
            if (b.each()) {
                List<?> values = (List<?>) b.value();
                for (int k = 0; k < values.size(); k++) {
                    Binding.bind(dialect, ps, p++, values.get(k), b.type());
                }
            } else if (b.array()) {
                Binding.bindArray(dialect, ps, p++, (List<?>) b.value(), b.type());
            } else if (b.type() == null) {
                ps.setObject(p++, b.value());
            } else {
                Binding.bind(dialect, ps, p++, b.value(), b.type());
            }
        }
    }

    @Override
    public RowCursor find(Select select) {
        SqlRenderer.Sql sql = renderer.select(select);
        return aggregates.query(sql, sql.columnTypes(), select.table().model());
    }

    /**
     * The reads run on one connection bound to the thread (the transaction's, if one is open): each read then
     * takes no connection of its own from the pool.
     */
    @Override
    public <R> R readTogether(Supplier<R> reads) {
        SqlConnections.Held h = connections.acquire();
        R result;
        try {
            result = reads.get();
        } catch (RuntimeException | Error e) {
            try {
                connections.release(h);
            } catch (RuntimeException closing) {
                e.addSuppressed(closing); // the reads' failure is what the caller must see
            }
            throw e;
        }
        connections.release(h);
        return result;
    }

    /** Streams: see {@link SqlStreams}. */
    @Override
    public RowCursor stream(Select select) {
        return streams.stream(select);
    }

    @Override
    public Optional<String> replicationPosition() {
        return replication.position();
    }

    @Override
    public boolean hasReplayed(String position, Duration wait) {
        return replication.hasReplayed(position, wait);
    }

    @Override
    public Optional<Duration> replicationLag() {
        return replication.lag();
    }

    @Override
    public RowCursor query(NativeQuery query) {
        return natives.query(query);
    }

    @Override
    public long count(Select select) {
        return aggregates.count(select);
    }

    @Override
    public RowCursor aggregate(AggregateSelect select) {
        return aggregates.aggregate(select);
    }

    @Override
    public List<Object> insert(InsertRows insert) {
        String sql = renderer.insert(insert.table(), insert.columns());
        List<Object[]> rows = insert.rows();
        return write("INSERT", insert.table(), sql, insert.columns().size() * rows.size(),
                statements.values(rows, rows.size() == 1), h -> inserts.insert(h.connection, h.transaction != null, sql,
                        insert), ids -> rows.size());
    }

    @Override
    public void upsert(UpsertRows upsert) {
        String sql = upserts.sql(upsert);
        List<Object[]> rows = upsert.rows();
        write("UPSERT", upsert.table(), sql, upsert.columns().size() * rows.size(), statements.values(rows,
                rows.size() == 1), h -> upserts.run(h.connection, sql, upsert), n -> rows.size());
    }

    /** Work on a held connection. */
    private interface HeldWork<R> {
        R run(SqlConnections.Held h) throws SQLException;
    }

    /** Runs one write statement (or batch) on a held connection and reports it once. */
    private <R> R write(String op, TableSpec t, String sql, int params, List<Object> shown, HeldWork<R> work,
                        java.util.function.ToLongFunction<R> rowsOf) {
        long start = System.nanoTime();
        SqlConnections.Held h = connections.acquire();
        try {
            R result = work.run(h);
            statements.report(new Statements.Shown(op, t.model(), sql, params, shown), start, rowsOf.applyAsLong(result), null);
            return result;
        } catch (SQLException e) {
            statements.report(new Statements.Shown(op, t.model(), sql, params, shown), start, 0, e);
            throw writeFailure(op, sql, e, t);
        } finally {
            connections.release(h);
        }
    }

    @Override
    public long update(UpdateRows update) {
        return executeUpdate("UPDATE", renderer.update(update.table(), update.values(), update.where(),
                update.increments()), update.table());
    }

    @Override
    public long delete(DeleteRows delete) {
        return executeUpdate("DELETE", renderer.delete(delete.table(), delete.where()), delete.table());
    }

    /** A write's failure: a constraint violation naming the model's fields, else Statements.failure's mapping. */
    private BackendException writeFailure(String op, String sql, SQLException e, TableSpec table) {
        BackendException violation = dialect.errors().constraintViolation(e, table);
        return violation != null ? violation : statements.failure(op, sql, e);
    }

    private long executeUpdate(String op, SqlRenderer.Sql sql, TableSpec table) {
        return write(op, table, sql.text(), Statements.parameterCount(sql.binds()), statements.values(sql.binds()), h -> {
            try (PreparedStatement ps = dialect.connections().prepare(h.connection, sql.text())) {
                bindAll(ps, sql.binds());
                return ps.executeLargeUpdate();
            }
        }, n -> n);
    }

    @Override
    public void createTable(TableSpec table, boolean ifMissing) {
        schema.createTable(table, ifMissing);
    }

    @Override
    public void dropTable(TableSpec table, boolean ifExists) {
        schema.dropTable(table, ifExists);
    }

    @Override
    public boolean declaresForeignKey(TableSpec table, ForeignKeySpec foreignKey) {
        return supports(Capability.FOREIGN_KEYS) && (!foreignKey.referencedTable().equals(table.name())
                || dialect.features().foreignKeys().checkedPerStatement());
    }

    @Override
    public Optional<LiveTable> inspect(TableSpec table) {
        return schema.inspect(table);
    }

    @Override
    public Optional<String> typeMismatch(TableSpec table, ColumnSpec expected, LiveColumn live) {
        return schema.typeMismatch(table, expected, live);
    }

    @Override
    public Optional<String> collationMismatch(ColumnSpec expected, LiveColumn live) {
        return SqlCatalog.collationMismatch(expected, live);
    }

    @Override
    public List<String> migration(List<SchemaChange> changes) {
        return schema.migration(changes);
    }

    @Override
    public void migrate(List<SchemaChange> changes) {
        schema.migrate(changes);
    }

    private void ddl(SqlConnections.Held h, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement st = h.connection.createStatement()) {
            st.execute(sql);
            statements.report("DDL", sql, 0, start, 0, null);
        } catch (SQLException e) {
            statements.report("DDL", sql, 0, start, 0, e);
            throw e;
        }
    }

    @Override
    public BackendTransaction begin() {
        return connections.begin(statements);
    }

    @Override
    public BackendTransaction joinHostTransaction() {
        return connections.joinHost(statements);
    }

    @Override
    public <T> Optional<T> unwrap(Class<T> type) {
        return connections.unwrap(type);
    }

    @Override
    public void close() {
        connections.close();
    }

    @Override
    public String toString() {
        return "SqlBackend[" + dialect.name() + "]";
    }
}

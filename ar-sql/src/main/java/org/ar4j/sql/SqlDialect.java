package org.ar4j.sql;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ar4j.ConstraintViolationException;
import org.ar4j.spi.BackendConfig;
import org.ar4j.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.IdentifierKind;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.TableSpec;

/**
 * What one SQL database does differently. Subclass it, override what differs, and return it from your
 * {@link SqlBackendProvider}. Every method has a standard-SQL default; each override should say
 * which database version needs it and why. Instances must be thread-safe (normally stateless
 * apart from what {@link #initialize(Connection)} reads once).
 */
public abstract class SqlDialect {

    /** The backend name, for example {@code sqlite}. */
    public abstract String name();

    /** The backend properties this dialect reads beyond the SQL backend's own (user, password, pool.*). */
    public Set<String> propertyKeys() {
        return Set.of();
    }

    /** The SQL type of a non-generated column, for CREATE TABLE. */
    public abstract String columnType(ColumnSpec column);

    /**
     * The SQL type of a non-generated column of a given table; by default {@link #columnType(ColumnSpec)}.
     * Override when the type depends on how the table uses the column (MySQL cannot index TEXT).
     */
    public String columnType(TableSpec table, ColumnSpec column) {
        return columnType(column);
    }

    /** Text appended after a CREATE TABLE's column list (character set, engine); empty by default. */
    public String createTableOptions() {
        return "";
    }

    /** The definition after the quoted name of a generated numeric key ({@code BIGINT GENERATED ... PRIMARY KEY}). */
    public abstract String generatedKeyDefinition(ColumnSpec column);

    /** Called once with the first pooled connection, before any statement (read version, limits); does nothing. */
    public void initialize(Connection connection) throws SQLException {
    }

    /** Called on every new physical connection before its first use: register functions or collations here. */
    public void configureConnection(Connection connection) throws SQLException {
    }

    /** The JDBC URL handed to the pool; by default the URL as given. */
    public String jdbcUrl(String url) {
        return url;
    }

    /** Driver properties for every pooled connection; by default none beyond user and password. */
    public Map<String, String> driverProperties(BackendConfig config) {
        return Map.of();
    }

    /** The pool size when {@code pool.maxSize} is not set. */
    public int defaultPoolSize(String url) {
        return 10;
    }

    /** A connection kept open for the backend's life, for databases that vanish without one (in-memory SQLite). */
    public Connection keepAlive(String url, Properties properties) throws SQLException {
        return null;
    }

    /** What the database can do and how it behaves, as data: {@link DialectFeatures#STANDARD} with differences. */
    public DialectFeatures features() {
        return DialectFeatures.STANDARD;
    }

    /**
     * The definition of a generated key column of {@code table}; by default {@link #generatedKeyDefinition(ColumnSpec)}.
     * A database whose keys come from a sequence of their own names it after the table here.
     */
    public String generatedKeyDefinition(TableSpec table, ColumnSpec column) {
        return generatedKeyDefinition(column);
    }

    /** Statements run before {@code CREATE TABLE} (a key's sequence); none by default. */
    public List<String> beforeCreateTable(TableSpec table) {
        return List.of();
    }

    /** Statements run after {@code DROP TABLE} (a key's sequence); none by default. */
    public List<String> afterDropTable(TableSpec table) {
        return List.of();
    }

    /**
     * The table's indexes (name, columns in order, uniqueness; the primary key's left out) when the driver's
     * {@code DatabaseMetaData.getIndexInfo} does not name their columns; null (the default) to read that metadata.
     */
    public List<org.ar4j.spi.IndexSpec> liveIndexes(Connection c, String table) throws SQLException {
        return null;
    }

    /** The capabilities of the connected server: by default {@link DialectFeatures#capabilities()}. */
    public Set<Capability> capabilities(DatabaseMetaData metaData) throws SQLException {
        return features().capabilities();
    }

    /** The driver's real bind-parameter limit per statement: by default {@link DialectFeatures#maxBindParameters()}. */
    public int maxBindParameters(Connection connection) throws SQLException {
        return features().maxBindParameters();
    }

    /** Why the database cannot use a name as given, or empty; by default checks the features' identifier limit. */
    public Optional<String> identifierProblem(String identifier, IdentifierKind kind) {
        return StandardJdbc.identifierProblem(identifier, features().maxIdentifierBytes(), name());
    }

    /**
     * The failure as a {@link org.ar4j.ConstraintViolationException} naming the model and fields when it
     * is a unique or not-null violation, else null. The default reads the SQLState (23505, 23502), MySQL's
     * error codes (1062, 1048) and SQLite's messages, and finds the fields by the unique index or column
     * names the driver's message mentions.
     */
    public ConstraintViolationException constraintViolation(SQLException e, TableSpec table) {
        return StandardConstraints.classify(e, table);
    }

    /**
     * Whether a statement failed because of a concurrent transaction (a serialization failure, a deadlock, an
     * optimistic write conflict), so that running the transaction again may succeed; ar4j then throws
     * {@link org.ar4j.WriteConflictException}, which {@code org.ar4j.Retry} retries. By default the standard
     * SQLSTATEs 40001 (serialization failure; MySQL and MariaDB report deadlocks and Galera certification failures
     * with it) and 40P01 (PostgreSQL's deadlock).
     */
    public boolean isWriteConflict(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    /**
     * Whether a failed locking read found a row locked by another transaction under {@code NOWAIT}
     * ({@link org.ar4j.LockConflictException}); SQLSTATE 55P03 (lock not available) by default.
     */
    public boolean isLockNotAvailable(SQLException e) {
        return "55P03".equals(e.getSQLState());
    }

    /**
     * The clause a locking read ends with: the standard {@code FOR UPDATE} / {@code FOR SHARE} with
     * {@code SKIP LOCKED} or {@code NOWAIT}. A dialect without row locks whose transactions serialise writers
     * returns an empty string.
     */
    public String lockingClause(org.ar4j.spi.Locking locking) {
        String wait = switch (locking.onLocked()) {
            case WAIT -> "";
            case SKIP_LOCKED -> " SKIP LOCKED";
            case NO_WAIT -> " NOWAIT";
        };
        return (locking.shared() ? " FOR SHARE" : " FOR UPDATE") + wait;
    }

    /** Quotes an identifier; identifiers come only from model metadata. */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * One ORDER BY term. ar4j sorts nulls first ascending and last descending on every backend; where the database
     * does not ({@link DialectFeatures#spellsNullOrder()}), nullable columns say so, and NOT NULL ones do not (a
     * NULLS clause on a NOT NULL key can stop an index from serving the order).
     */
    public final String orderTerm(String column, boolean ascending, boolean nullable) {
        if (nullable && features().spellsNullOrder()) {
            return column + (ascending ? " ASC NULLS FIRST" : " DESC NULLS LAST");
        }
        return column + (ascending ? " ASC" : " DESC");
    }

    /** The query returning the last generated key on this connection, for {@link DialectFeatures#batchKeysAreConsecutive()}. */
    public String lastGeneratedKeySql() {
        throw new UnsupportedOperationException(name() + " does not report the last generated key");
    }

    /** An INSERT of a row giving no column (only a generated id); standard {@code INSERT INTO t DEFAULT VALUES}. */
    public String insertDefaultValues(String quotedTable) {
        return "INSERT INTO " + quotedTable + " DEFAULT VALUES";
    }

    /**
     * A statement, with one {@code ?} for the largest key just inserted explicitly, that moves a
     * generated key's counter past it so later generated keys never collide; null (the default) when
     * the database does so itself (SQLite's AUTOINCREMENT, MySQL's AUTO_INCREMENT).
     */
    public String advanceGeneratedKeySql(TableSpec table, ColumnSpec key) {
        return null;
    }

    /** The LIMIT/OFFSET clause with {@code ?} placeholders, bound as limit then offset; null when neither. */
    public String limitClause(boolean hasLimit, boolean hasOffset) {
        if (hasLimit && hasOffset) {
            return "LIMIT ? OFFSET ?";
        }
        if (hasLimit) {
            return "LIMIT ?";
        }
        return hasOffset ? "OFFSET ?" : null;
    }

    /** A case-sensitive LIKE with {@code \} as the escape character. */
    public String like(String column) {
        return column + " LIKE ? ESCAPE '\\'";
    }

    /**
     * The expression compared and sorted in place of a column or a {@code ?} parameter of the given type,
     * in every comparison, IN list and ORDER BY; by default the expression itself. A dialect that stores a
     * type as text makes it compare as PostgreSQL would here (MySQL casts BigDecimals to DECIMAL(65,30),
     * SQLite compares them with a collation).
     */
    public String comparable(String column, ColumnType type) {
        return column;
    }

    /**
     * Whether, on a database that declares {@link Capability#ARRAY_BINDING}, a list of values of this type
     * binds as one array parameter (rendered by {@link #inArray(String)}, bound by {@link #bindArray}); by
     * default every type. The capability is the one switch: a dialect declares it in
     * {@link #capabilities}, and overrides this only for the types its driver cannot put in an array.
     */
    public boolean bindsArrayOf(ColumnType type) {
        return true;
    }

    /** The condition for a key list bound as one array, for example {@code col = ANY(?)}. */
    public String inArray(String column) {
        throw new UnsupportedOperationException(name() + " does not bind arrays");
    }

    /** Binds a list of canonical values as one array parameter. */
    public void bindArray(PreparedStatement ps, int index, List<?> values, ColumnType type) throws SQLException {
        throw new UnsupportedOperationException(name() + " does not bind arrays");
    }

    /**
     * Prepares every statement but a stream's (reads, writes, batches, aggregates); the driver's
     * {@code prepareStatement} by default. MySQL/MariaDB prepares on the client: see its dialect for why.
     */
    public PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql);
    }

    /** Prepares an INSERT that returns the generated primary key. */
    public PreparedStatement prepareInsertReturningKey(Connection c, String sql, String keyColumn) throws SQLException {
        return c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    /**
     * The statement that begins a transaction, or null (the default) for JDBC's {@code setAutoCommit(false)}. When
     * set, the transaction ends with {@code COMMIT}/{@code ROLLBACK} statements. SQLite returns {@code BEGIN
     * IMMEDIATE}: read-then-write transactions wait on the busy timeout instead of failing to upgrade a read lock.
     */
    public String beginTransactionSql() {
        return null;
    }

    /** The statement that creates a savepoint; the standard {@code SAVEPOINT name} by default. */
    public String savepointSql(String name) {
        return "SAVEPOINT " + quote(name);
    }

    /** The statement that rolls back to a savepoint; the standard {@code ROLLBACK TO SAVEPOINT name} by default. */
    public String rollbackToSavepointSql(String name) {
        return "ROLLBACK TO SAVEPOINT " + quote(name);
    }

    /** The statement that releases a savepoint; the standard {@code RELEASE SAVEPOINT name} by default. */
    public String releaseSavepointSql(String name) {
        return "RELEASE SAVEPOINT " + quote(name);
    }

    /**
     * A connection of its own for a stream opened outside a transaction, or null (the default) to take
     * one from the pool. A database whose pool must stay at one connection (in-memory SQLite) opens one
     * here that cannot block the pool's writers.
     */
    public Connection openStreamConnection(String jdbcUrl, Properties properties) throws SQLException {
        return null;
    }

    /** How native SQL text reads here (quotes, comments): {@link org.ar4j.spi.SqlText#STANDARD} by default. */
    public org.ar4j.spi.SqlText sqlText() {
        return org.ar4j.spi.SqlText.STANDARD;
    }

    /** Binds one canonical value. */
    public void bind(PreparedStatement ps, int index, Object value, ColumnType type) throws SQLException {
        StandardJdbc.bind(this, ps, index, value, type);
    }

    /** Reads one column as its canonical value (null for SQL NULL). */
    public Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        return StandardJdbc.read(rs, index, type);
    }

    /** The {@link Types} constant used to bind a null. */
    public int sqlType(ColumnType type) {
        return StandardJdbc.sqlType(type);
    }

    /**
     * Where a URL points, for error messages: "host H, database D" from a
     * {@code jdbc:x://host:port/database} URL; override for other URL shapes.
     */
    public String describeLocation(String url) {
        Matcher m = Pattern.compile("//([^/?;]+)/([^?;]*)").matcher(url);
        if (m.find()) {
            String hostPart = m.group(1);
            int at = hostPart.lastIndexOf('@');
            return "host " + (at >= 0 ? hostPart.substring(at + 1) : hostPart) + ", database "
                    + (m.group(2).isEmpty() ? "(default)" : m.group(2));
        }
        return url;
    }

    /** Each column's {@link LiveColumn#definition()} by lower-case name, where setNullableSql needs it; none by default. */
    public Map<String, String> liveColumnDefinitions(Connection c, String table) throws SQLException {
        return Map.of();
    }

    /**
     * The statement that makes a column accept or refuse nulls, changing nothing else ({@code live}'s type stays), or
     * null where the database cannot change it in place. Standard {@code ALTER COLUMN ... SET/DROP NOT NULL} by default.
     */
    public String setNullableSql(TableSpec table, ColumnSpec column, LiveColumn live, boolean nullable) {
        return "ALTER TABLE " + quote(table.name()) + " ALTER COLUMN " + quote(column.name())
                + (nullable ? " DROP NOT NULL" : " SET NOT NULL");
    }

    /**
     * The SQL of an aggregate over a (quoted) column of a portable type; {@code FN(column)} by default, over
     * {@link #comparable} so that values compare as they do in conditions. A dialect that stores a type as
     * text overrides it to aggregate exactly (SQLite's decimals).
     */
    public String aggregate(String function, String column, ColumnType type) {
        return function + "(" + comparable(column, type) + ")";
    }

    /**
     * How to ask the server for replication positions and lag (read replicas, {@code Database.builder().replica});
     * null (the default) when the dialect cannot: the backend then lacks {@link Capability#REPLICAS}.
     */
    public SqlReplication replication() {
        return null;
    }

    /** A type name in one spelling (upper case; collation, spaces dropped; synonyms replaced: {@link #typeSynonym}). */
    public final String canonicalType(String type) {
        return StandardJdbc.canonicalType(this, type);
    }

    /** The dialect's canonical name for a type name (upper case, no arguments); the name itself by default. */
    public String typeSynonym(String upperCaseName) {
        return upperCaseName;
    }

    /** Whether a live column of canonical type {@code have} stores every value ar4j writes as {@code want}: equal. */
    public boolean holds(String have, String want) {
        return have.equals(want);
    }

    /** Whether a type's length, precision or scale is part of its identity (VARCHAR(12), DECIMAL(10,2)). */
    public boolean sizedType(String canonicalName) {
        return StandardJdbc.sizedType(canonicalName);
    }

    /** Whether a table exists, by exact name, in the connection's current catalog and schema. */
    public boolean tableExists(Connection c, String table) throws SQLException {
        return StandardJdbc.tableExists(c, table);
    }
}

package org.ar4j.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What one SQL database does differently, as {@link DialectParts}: features (capabilities and limits), syntax, a codec
 * per column type, failure classification, DDL, connection set-up and catalogue reading, each with a standard SQL
 * default. Subclass it, pass your name and parts to the constructor, and return it from your
 * {@link SqlBackendProvider}; data parts are stated with withers on their standard value
 * ({@code SqlSyntax.STANDARD.withUpsertStyle(UpsertStyle.MERGE)}), code parts by overriding the standard class. What
 * truly varies as code stays here: {@link #initialize} (a dialect whose parts depend on the server computes them there
 * and hands them over with {@link #use}) and {@link #replication()}. Instances are created per backend and must be
 * thread-safe.
 */
public abstract class SqlDialect {
    private final String name;
    private volatile DialectParts parts;

    /** A dialect named {@code name} (for example {@code sqlite}) made of {@code parts}. */
    protected SqlDialect(String name, DialectParts parts) {
        this.name = name;
        this.parts = parts;
    }

    /** The backend name, for example {@code sqlite}. */
    public final String name() {
        return name;
    }

    /**
     * Called once with the first pooled connection, before any statement and before ar4j reads the parts: read the
     * server's version or limits here and {@link #use} the parts they decide. Does nothing by default.
     */
    public void initialize(Connection connection) throws SQLException {
    }

    /** Replaces the parts (from {@link #initialize}). */
    protected final void use(DialectParts value) {
        this.parts = value;
    }

    /** All the parts. */
    public final DialectParts parts() {
        return parts;
    }

    /** Capabilities and limits. */
    public final DialectFeatures features() {
        return parts.features();
    }

    /** Quoting, paging, upserts, locking and the statements that vary. */
    public final SqlSyntax syntax() {
        return parts.syntax();
    }

    /** One codec per column type. */
    public final SqlTypes types() {
        return parts.types();
    }

    /** How failures are classified. */
    public final SqlErrors errors() {
        return parts.errors();
    }

    /** Generated keys, table options and the DDL that varies. */
    public final SqlDdl ddl() {
        return parts.ddl();
    }

    /** URL, driver properties, pool size, per-connection set-up. */
    public final SqlConnectionSetup connections() {
        return parts.connections();
    }

    /** Reading the live schema. */
    public final SqlCatalogReader catalog() {
        return parts.catalog();
    }

    /**
     * How to ask the server for replication positions and lag (read replicas, {@code Database.builder().replica});
     * null (the default) when the dialect cannot: the backend then lacks {@link org.ar4j.Capability#REPLICAS}.
     */
    public SqlReplication replication() {
        return null;
    }

    /** Quotes an identifier as {@link #syntax()} does; identifiers come only from model metadata. */
    public final String quote(String identifier) {
        return parts.syntax().quote(identifier);
    }
}

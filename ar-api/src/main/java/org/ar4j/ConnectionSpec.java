package org.ar4j;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.ar4j.cache.RelationCache;
import org.ar4j.schema.SchemaCheck;

/**
 * Everything a {@link DatabaseBuilder} gathered to open a {@link Database}, as one immutable value
 * ({@link DatabaseBuilder#spec()}): where to connect, the backend's properties, read replicas, how relations load and
 * cache, what is logged, how the schema is checked, and the models. Useful to log or assert a service's configuration;
 * ar-core opens a database from it.
 *
 * @param target      where and through what to connect
 * @param properties  backend properties (credentials, {@code pool.*}, the dialect's own)
 * @param replicas    read replicas and how reads are routed among them
 * @param loading     how relations load and cache
 * @param logging     what statements are logged
 * @param schema      how the schema is checked and declared
 * @param models      the models the database serves and binds
 */
public record ConnectionSpec(Target target, Map<String, String> properties, Replicas replicas, Loading loading,
                             Logging logging, Schema schema, Models models) {

    /** Copies the properties. */
    public ConnectionSpec {
        properties = Map.copyOf(properties);
    }

    /**
     * Where and through what to connect.
     *
     * @param url              the connection URL, or null when a DataSource is given without one
     * @param backend          an explicitly named backend, or null to choose by URL
     * @param dataSource       the application's DataSource, or null for a pool of ar4j's own
     * @param hostTransactions the host framework's transactions, or null
     */
    public record Target(String url, String backend, DataSource dataSource, HostTransactions hostTransactions) {
    }

    /**
     * Read replicas.
     *
     * @param replicas the replicas, in order
     * @param policy   how reads are routed among them
     */
    public record Replicas(List<Replica> replicas, ReplicaPolicy policy) {
        /** Copies the list. */
        public Replicas {
            replicas = List.copyOf(replicas);
        }
    }

    /**
     * A read replica: a URL or an application's DataSource.
     *
     * @param url        the replica's URL, or null
     * @param dataSource the replica's DataSource, or null
     */
    public record Replica(String url, DataSource dataSource) {
    }

    /**
     * How relations load and cache.
     *
     * @param mode          the initial load mode
     * @param relationCache a replacement for the default relation cache, or null
     * @param clock         the clock relation-cache expiry reads
     */
    public record Loading(LoadMode mode, RelationCache relationCache, Clock clock) {
    }

    /**
     * What statements are logged.
     *
     * @param slowStatementThreshold statements slower than this are logged at WARN; null for none
     * @param logParameters          whether statement events and logs carry bound values
     */
    public record Logging(Duration slowStatementThreshold, boolean logParameters) {
    }

    /**
     * How the schema is checked and declared.
     *
     * @param check         what a difference between the checked models and the database does at start-up
     * @param checkedModels the models the start-up check validates
     * @param foreignKeys   whether the schema declares foreign keys for BelongsTo keys (SQL backends)
     */
    public record Schema(SchemaCheck check, List<Class<?>> checkedModels, boolean foreignKeys) {
        /** Copies the list. */
        public Schema {
            checkedModels = List.copyOf(checkedModels);
        }
    }

    /**
     * The models.
     *
     * @param served     the models the database serves, given when it is built
     * @param bound      the models bound to the database when it is built
     * @param converters the converters that store fields of a Java type (the key) in this database
     * @param json       the codec of {@link Json} fields, or null for the one found on the class path
     * @param auditor    who writes, for {@link CreatedBy} and {@link UpdatedBy} fields; null for nobody
     * @param tenants    the current tenant, for {@link TenantId} models; null for none
     */
    public record Models(List<Class<?>> served, List<Class<?>> bound, Map<Class<?>, ValueConverter<?, ?>> converters,
                         JsonCodec json, AuditorResolver auditor, TenantResolver tenants) {
        /** Copies the lists and the map. */
        public Models {
            served = List.copyOf(served);
            bound = List.copyOf(bound);
            converters = Map.copyOf(converters);
        }
    }
}

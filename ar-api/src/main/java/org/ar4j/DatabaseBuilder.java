package org.ar4j;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.ar4j.internal.engine.Engine;
import org.ar4j.query.Query;
import org.ar4j.cache.RelationCache;
import org.ar4j.schema.SchemaCheck;

/** Configures and opens a {@link Database}. Not thread-safe. */
public final class DatabaseBuilder {
    /** The types ar4j stores as they are, which a type converter cannot replace. */
    private static final java.util.Set<Class<?>> STORED_AS_IS = java.util.Set.of(String.class, Boolean.class,
            Integer.class, Long.class, Double.class, java.math.BigDecimal.class, java.time.Instant.class,
            java.time.OffsetDateTime.class, java.time.LocalDate.class, java.time.LocalDateTime.class,
            java.util.UUID.class, byte[].class);
    private String url;
    private String backend;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private RelationCache relationCache;
    private LoadMode loadMode = LoadMode.PEERS;
    private DataSource dataSource;
    private HostTransactions hostTransactions;
    private Duration slowStatementThreshold;
    private boolean logParameters;
    private SchemaCheck schemaCheck = SchemaCheck.OFF;
    private List<Class<?>> checkedModels = List.of();
    private boolean foreignKeys = true;
    private final List<ConnectionSpec.Replica> replicas = new ArrayList<>();
    private ReplicaPolicy replicaPolicy = ReplicaPolicy.defaults();
    private final List<Class<?>> models = new ArrayList<>();
    private final List<Class<?>> bound = new ArrayList<>();
    private final Map<Class<?>, ValueConverter<?, ?>> converters = new LinkedHashMap<>();
    private JsonCodec json;
    private AuditorResolver auditor;
    private TenantResolver tenants;

    DatabaseBuilder() {
    }

    /**
     * Connects through the application's own {@link DataSource} (a Spring or HikariCP pool, an application
     * server's JNDI pool, one with rotating credentials) instead of opening a pool: ar4j never closes it.
     * The backend is still found through {@link java.util.ServiceLoader}: by {@link #backend(String)} when
     * named, else by the URL the DataSource's connections report.
     */
    public DatabaseBuilder dataSource(DataSource dataSource) {
        ArgumentException.requireNonNull(dataSource, "DatabaseBuilder.dataSource", "DataSource",
                "pass the application's DataSource, or use url(...)");
        this.dataSource = dataSource;
        return this;
    }

    /**
     * Lets the host framework's transactions carry ar4j's: inside one, ar4j's statements run on the
     * transaction's connection (the {@link #dataSource} must hand it out, as Spring's
     * {@code TransactionAwareDataSourceProxy} does), {@code transaction(...)} joins it, and a failure
     * ar4j sees marks it rollback-only. ar-spring provides one for Spring.
     */
    public DatabaseBuilder hostTransactions(HostTransactions hostTransactions) {
        ArgumentException.requireNonNull(hostTransactions, "DatabaseBuilder.hostTransactions", "HostTransactions",
                "pass the host framework's transactions (ar-spring does)");
        this.hostTransactions = hostTransactions;
        return this;
    }

    /** Statements slower than this are logged at WARN with their model, duration and row count; off by default. */
    public DatabaseBuilder slowStatementThreshold(Duration threshold) {
        this.slowStatementThreshold = threshold;
        return this;
    }

    /**
     * Whether the statement log (debug level, logger {@code org.ar4j.sql}) and {@link QueryEvent#parameters()}
     * carry the bound values; off by default, as values may be personal data.
     */
    public DatabaseBuilder logParameters(boolean logParameters) {
        this.logParameters = logParameters;
        return this;
    }

    /**
     * Validates these models against the database when it opens: {@link SchemaCheck#WARN} logs the report,
     * {@link SchemaCheck#FAIL} refuses to open with {@link SchemaMismatchException}. Off by default.
     */
    public DatabaseBuilder schemaCheck(SchemaCheck check, Class<?>... models) {
        ArgumentException.requireNonNull(check, "DatabaseBuilder.schemaCheck", "SchemaCheck", "pass SchemaCheck.WARN or"
                + " FAIL");
        ArgumentException.requireNonNull(models, "DatabaseBuilder.schemaCheck", "array of model classes", "pass the"
                + " models to check");
        this.schemaCheck = check;
        this.checkedModels = List.of(models);
        return this;
    }

    /**
     * Whether the schema (create, validate, migration scripts) declares a foreign-key constraint for every
     * {@code BelongsTo} key on SQL backends: on by default. Turn it off for a legacy schema whose rows do not
     * satisfy such constraints; ar4j's relations work the same either way.
     */
    public DatabaseBuilder foreignKeys(boolean declare) {
        this.foreignKeys = declare;
        return this;
    }

    /**
     * A read replica of the primary ({@link #url}), on the same backend: reads outside transactions go to a
     * healthy replica that has replayed the reader's own writes, everything else to the primary; see
     * {@link ReplicaPolicy} and {@link Query#fromPrimary()}. Needs a backend with
     * {@link org.ar4j.Capability#REPLICAS}. May be given more than once.
     */
    public DatabaseBuilder replica(String replicaUrl) {
        ArgumentException.requireNonNull(replicaUrl, "DatabaseBuilder.replica", "URL", "pass the replica's URL");
        replicas.add(new ConnectionSpec.Replica(replicaUrl, null));
        return this;
    }

    /** A read replica reached through the application's DataSource; as {@link #replica(String)}. */
    public DatabaseBuilder replica(DataSource replicaDataSource) {
        ArgumentException.requireNonNull(replicaDataSource, "DatabaseBuilder.replica", "DataSource", "pass the replica's"
                + " DataSource");
        replicas.add(new ConnectionSpec.Replica(null, replicaDataSource));
        return this;
    }

    /** How reads are routed to the replicas; {@link ReplicaPolicy#defaults()} by default. */
    public DatabaseBuilder replicaPolicy(ReplicaPolicy policy) {
        this.replicaPolicy = ArgumentException.requireNonNull(policy, "DatabaseBuilder.replicaPolicy", "policy", "pass a value");
        return this;
    }

    /** The connection URL; when not set, {@link Database#connect()}'s rules apply. */
    public DatabaseBuilder url(String url) {
        ArgumentException.requireNonNull(url, "DatabaseBuilder.url", "URL",
                "pass a URL such as jdbc:sqlite:app.db, or leave url unset for AR_DATABASE_URL or the embedded default");
        this.url = url;
        return this;
    }

    /** Names the backend to use, bypassing URL-based selection (for example {@code "sqlite"}); null selects by URL. */
    public DatabaseBuilder backend(String name) {
        this.backend = name;
        return this;
    }

    /**
     * A backend property, for example {@code pool.maxSize}, {@code pool.connectionTimeoutMs},
     * {@code user} or {@code password}. A key the backend does not read is a {@link ConfigurationException}
     * listing the keys it does read.
     */
    public DatabaseBuilder property(String key, String value) {
        ArgumentException.requireNonNull(key, "DatabaseBuilder.property(key, value)", "key", "pass a property name such as"
                + " pool.maxSize");
        ArgumentException.requireNonNull(value, "DatabaseBuilder.property(\"" + key + "\", value)", "value",
                "pass the value as text, or leave the property unset");
        properties.put(key, value);
        return this;
    }

    /** The clock relation-cache expiry and {@link CreatedAt} / {@link UpdatedAt} timestamps read; tests pass one they control. */
    public DatabaseBuilder clock(Clock clock) {
        ArgumentException.requireNonNull(clock, "DatabaseBuilder.clock", "clock", "pass a Clock, such as Clock.systemUTC()");
        this.clock = clock;
        return this;
    }

    /** Replaces the default (Caffeine) relation cache for every relation of this database. */
    public DatabaseBuilder relationCache(RelationCache cache) {
        ArgumentException.requireNonNull(cache, "DatabaseBuilder.relationCache", "relation cache", "pass a RelationCache");
        this.relationCache = cache;
        return this;
    }

    /** The initial load mode; {@link LoadMode#PEERS} by default. */
    public DatabaseBuilder loadMode(LoadMode mode) {
        ArgumentException.requireNonNull(mode, "DatabaseBuilder.loadMode", "load mode", "pass LoadMode.PEERS, ONE or STRICT");
        this.loadMode = mode;
        return this;
    }

    /**
     * The models this database serves, beside those used through it: its schema operations and its checks read
     * relations among them (a schema depends only on the models given, never on which classes the JVM loaded).
     */
    public DatabaseBuilder models(Class<?>... models) {
        ArgumentException.requireNonNull(models, "models", "array of model classes", "pass model classes");
        this.models.addAll(List.of(models));
        return this;
    }

    /** Binds these models to the database being built (see {@link Database#bind(Class[])}). */
    public DatabaseBuilder bind(Class<?>... models) {
        ArgumentException.requireNonNull(models, "bind", "array of model classes", "pass model classes");
        this.bound.addAll(List.of(models));
        return this;
    }

    /**
     * Stores every field of {@code javaType} in this database through {@code converter}, as if each such field had
     * {@link Convert} (a field's own {@code @Convert} wins). Matches the field's declared type exactly. Ids, versions
     * and the types ar4j stores as they are (String, Long, Instant...) cannot be converted; a type with a built-in
     * mapping (Duration, URI...) or an enum can, and the converter replaces that mapping in this database.
     */
    public <J> DatabaseBuilder converter(Class<J> javaType, ValueConverter<J, ?> converter) {
        ArgumentException.requireNonNull(javaType, "converter", "Java type", "pass the class of the fields to convert");
        ArgumentException.requireNonNull(converter, "converter", "ValueConverter", "pass the converter for " + javaType);
        if (javaType.isPrimitive() || STORED_AS_IS.contains(javaType)) {
            throw new ArgumentException("converter(" + javaType.getSimpleName() + ".class, ...): ar4j stores "
                    + javaType.getSimpleName() + " as it is; convert a type of your own (a wrapper, a value record)");
        }
        if (converters.containsKey(javaType)) {
            throw new ArgumentException("converter(" + javaType.getSimpleName() + ".class, ...) was given twice; a"
                    + " type has one converter per database: keep one");
        }
        converters.put(javaType, converter);
        return this;
    }

    /**
     * Reads and writes {@link Json} fields with this codec instead of the one found on the class path (the
     * {@code ar-jackson} module's): for example Jackson with the application's own mapper configuration.
     */
    public DatabaseBuilder json(JsonCodec codec) {
        ArgumentException.requireNonNull(codec, "json", "JsonCodec", "pass a codec, such as ar-jackson's"
                + " JacksonJsonCodec over your JsonMapper");
        this.json = codec;
        return this;
    }

    /**
     * Who is writing, asked at each write for {@link CreatedBy} and {@link UpdatedBy} fields; for example
     * {@code () -> currentUser.get()}. Without one those fields are left as the application sets them.
     */
    public DatabaseBuilder auditor(AuditorResolver resolver) {
        ArgumentException.requireNonNull(resolver, "DatabaseBuilder.auditor", "resolver", "pass a function giving"
                + " the current user, such as () -> session.userName()");
        this.auditor = resolver;
        return this;
    }

    /**
     * Which tenant the current work serves, asked at each operation on a {@link TenantId} model; for example
     * {@code () -> TenantContext.current()}. Without one, operations on such models are refused.
     */
    public DatabaseBuilder tenants(TenantResolver resolver) {
        ArgumentException.requireNonNull(resolver, "DatabaseBuilder.tenants", "resolver", "pass a function giving"
                + " the current tenant, such as () -> TenantContext.current()");
        this.tenants = resolver;
        return this;
    }

    /** Opens the database. */
    public Database build() {
        return Engine.get().connect(spec());
    }

    /** What this builder has gathered, as the value {@link #build()} opens a database from. */
    public ConnectionSpec spec() {
        return new ConnectionSpec(new ConnectionSpec.Target(dataSource != null && url == null ? null : resolveUrl(),
                backend, dataSource, hostTransactions), properties, new ConnectionSpec.Replicas(replicas, replicaPolicy),
                new ConnectionSpec.Loading(loadMode, relationCache, clock),
                new ConnectionSpec.Logging(slowStatementThreshold, logParameters),
                new ConnectionSpec.Schema(schemaCheck, checkedModels, foreignKeys),
                new ConnectionSpec.Models(models, bound, converters, json, auditor, tenants));
    }

    private String resolveUrl() {
        if (url != null && !url.isBlank()) {
            return url;
        }
        String fromProperty = System.getProperty(Database.URL_SYSTEM_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        String fromEnv = System.getenv(Database.URL_ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return Database.DEFAULT_URL;
    }
}

package org.ar4j.spring;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ResolvableType;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskDecorator;
import org.springframework.util.ClassUtils;

import org.ar4j.AuditorResolver;
import org.ar4j.TenantResolver;
import org.ar4j.Database;
import org.ar4j.DatabaseBuilder;
import org.ar4j.ConfigurationException;
import org.ar4j.JsonCodec;
import org.ar4j.ValueConverter;
import org.ar4j.QueryListener;
import org.ar4j.micrometer.Ar4jMetrics;
import org.ar4j.cache.RelationCache;

/**
 * Auto-configures one {@link Database} per application context, bound to the threads that do the context's work
 * (test methods, web requests, {@code @Async} and scheduled tasks), so model statics use it even when several
 * contexts are open in one JVM (see the resolution order in {@link Database}). Without {@code spring.ar4j.url}
 * and with exactly one application {@link DataSource}, it runs on that DataSource and its statements use
 * the connection of Spring's current transaction: {@code @Transactional} methods,
 * {@code TransactionTemplate}, {@code JdbcTemplate} and ar4j share one connection and one transaction.
 * Otherwise ar4j opens {@code spring.ar4j.url} (else {@code AR_DATABASE_URL}, else the embedded default)
 * itself. Every {@link QueryListener} bean is added, a {@link RelationCache} bean replaces the default
 * cache, an {@link AuditorResolver} bean (else Spring Security's principal) fills {@code @CreatedBy} fields, a
 * {@link TenantResolver} bean confines {@code @TenantId} models to the request's tenant,
 * and with ar-micrometer on the classpath and a {@code MeterRegistry} bean, statements are timed.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnClass(Database.class)
@EnableConfigurationProperties(Ar4jProperties.class)
@Import({Ar4jAutoConfiguration.Metrics.class, Ar4jAutoConfiguration.Web.class, Ar4jAutoConfiguration.Json.class,
    Ar4jAutoConfiguration.Security.class})
public class Ar4jAutoConfiguration {
    private static final boolean SPRING_JDBC = ClassUtils.isPresent(
            "org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy", Ar4jAutoConfiguration.class.getClassLoader());

    /** Not instantiated by applications; Spring Boot does. */
    public Ar4jAutoConfiguration() {
    }

    /** The application's Database; closing it (with the context) never closes the application's DataSource. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Database ar4jDatabase(Ar4jProperties props, ObjectProvider<DataSource> dataSources,
                          ObjectProvider<QueryListener> listeners, BeanFactory beans, Environment environment) {
        PropertyNames.check(environment);
        DatabaseBuilder builder = Database.builder();
        DataSource dataSource = props.getUrl() == null || props.getUrl().isBlank() ? dataSources.getIfUnique() : null;
        if (dataSource != null && SPRING_JDBC) {
            SharedDataSource.configure(builder, dataSource);
        } else if (dataSource != null) {
            builder.dataSource(dataSource);
        } else if (props.getUrl() != null) {
            builder.url(props.getUrl());
        }
        if (props.getBackend() != null) {
            builder.backend(props.getBackend());
        }
        if (props.getLoadMode() != null) {
            builder.loadMode(props.getLoadMode());
        }
        builder.slowStatementThreshold(props.getSlowStatementThreshold()).logParameters(props.isLogParameters());
        props.getProperties().forEach(builder::property);
        beans.getBeanProvider(RelationCache.class).ifAvailable(builder::relationCache);
        beans.<ValueConverter<?, ?>>getBeanProvider(ResolvableType.forClass(ValueConverter.class)).orderedStream()
                .forEach(c -> addConverter(builder, c));
        beans.getBeanProvider(JsonCodec.class).ifAvailable(builder::json);
        beans.getBeanProvider(AuditorResolver.class).ifUnique(builder::auditor);
        beans.getBeanProvider(TenantResolver.class).ifUnique(builder::tenants);
        Database db = builder.build();
        listeners.orderedStream().forEach(db::addQueryListener);
        return db;
    }

    /** Gives the builder a converter bean for the Java type its class declares ({@code ValueConverter<J, S>}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addConverter(DatabaseBuilder builder, ValueConverter<?, ?> converter) {
        Class<?> javaType = ResolvableType.forClass(ValueConverter.class, converter.getClass()).getGeneric(0).resolve();
        if (javaType == null) {
            throw new ConfigurationException("The ValueConverter bean " + converter.getClass().getName() + " does not"
                    + " say which type it converts; declare it as a class implementing ValueConverter<YourType, Stored>");
        }
        builder.converter((Class) javaType, (ValueConverter) converter);
    }

    /** Binds this context's Database to the thread that starts the context, until it is ready (runners included). */
    @Bean
    StartupBinding ar4jStartupBinding(Database db) {
        return new StartupBinding(db);
    }

    /**
     * Runs {@code @Async} and scheduled tasks of the application's executors with this context's Database bound to
     * their thread (Spring Boot applies a single TaskDecorator bean to the executors it configures).
     */
    @Bean
    @ConditionalOnMissingBean(TaskDecorator.class)
    TaskDecorator ar4jDatabaseBinding(Database db) {
        return task -> () -> db.bind(() -> {
            task.run();
            return null;
        });
    }

    /**
     * {@code @Json} fields through the context's Jackson {@code JsonMapper} (Spring Boot's, with the application's
     * settings), where ar-jackson is on the class path; an application's own JsonCodec bean wins.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.ar4j.jackson.JacksonJsonCodec", "tools.jackson.databind.json.JsonMapper"})
    static class Json {
        @Bean
        @ConditionalOnMissingBean(JsonCodec.class)
        JsonCodec ar4jJsonCodec(ObjectProvider<tools.jackson.databind.json.JsonMapper> mappers) {
            tools.jackson.databind.json.JsonMapper mapper = mappers.getIfUnique();
            return mapper == null ? new org.ar4j.jackson.JacksonJsonCodec() : new org.ar4j.jackson.JacksonJsonCodec(mapper);
        }

        /** Writes models returned by controllers: Spring Boot adds Jackson module beans to its JsonMapper. */
        @Bean
        @ConditionalOnMissingBean(org.ar4j.jackson.Ar4jModule.class)
        org.ar4j.jackson.Ar4jModule ar4jJacksonModule() {
            return new org.ar4j.jackson.Ar4jModule();
        }
    }

    /**
     * {@code @CreatedBy}/{@code @UpdatedBy} from Spring Security's current authentication (its name; nobody for none
     * or an anonymous one), where Spring Security is present; an application's own AuditorResolver bean wins.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
    static class Security {
        @Bean
        @ConditionalOnMissingBean(AuditorResolver.class)
        AuditorResolver ar4jSecurityAuditor() {
            return new SecurityAuditor();
        }
    }

    /** Binds this context's Database to each web request's thread, where the Servlet API is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    static class Web {
        @Bean
        DatabaseBindingFilter ar4jDatabaseBindingFilter(Database db) {
            return new DatabaseBindingFilter(db);
        }
    }

    /** Statement timers and pool metrics, when ar-micrometer and Micrometer are on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.ar4j.micrometer.Ar4jMetrics", "io.micrometer.core.instrument.MeterRegistry"})
    static class Metrics {
        /** Binds the Database to the application's MeterRegistry, if it has exactly one, once all beans exist. */
        @Bean
        SmartInitializingSingleton ar4jMetricsBinding(Database db, ObjectProvider<MeterRegistry> registries) {
            return () -> registries.ifUnique(registry -> Ar4jMetrics.bindTo(db, registry));
        }
    }
}

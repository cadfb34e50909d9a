package org.ar4j.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.sqlite.SQLiteDataSource;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.LoadMode;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;
import org.ar4j.micrometer.Ar4jMetrics;
import org.ar4j.spring.testapp.Entry;
import org.ar4j.spring.testapp.Profile;
import org.ar4j.spring.testapp.Sku;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration's routes and properties in real application contexts: MongoDB through
 * {@code spring.ar4j.url}, properties for load mode and listeners, Micrometer timers, unknown backend
 * settings failing the start-up, and a user's own Database bean taking precedence.
 */
class Ar4jAutoConfigurationTest {
    private static MongoServer mongo;
    private static String mongoUrl;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Ar4jAutoConfiguration.class));

    @BeforeAll
    static void startMongo() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        mongoUrl = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort() + "/ar4j_spring";
    }

    @AfterAll
    static void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void mongoThroughTheUrlWithPropertiesListenersAndMetrics() {
        List<QueryEvent> events = new CopyOnWriteArrayList<>();
        runner.withPropertyValues("spring.ar4j.url=" + mongoUrl, "spring.ar4j.load-mode=ONE")
                .withBean(QueryListener.class, () -> events::add)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(Database.class);
                    Database db = ctx.getBean(Database.class);
                    assertThat(db.backendName()).isEqualTo("mongo");
                    assertThat(db.loadMode()).isEqualTo(LoadMode.ONE);
                    db.schema().createIfMissing(Entry.class);
                    db.bind(() -> {
                        new Entry("m1").save();
                        return new Entry("m2").save();
                    });
                    assertThat(db.bind(() -> Entry.query().count())).isEqualTo(2);
                    assertThat(events).anySatisfy(e -> assertThat(e.model()).isEqualTo("Entry"));

                    MeterRegistry registry = ctx.getBean(MeterRegistry.class);
                    List<Timer> timers = registry.find(Ar4jMetrics.TIMER).tag("backend", "mongo")
                            .tag("outcome", "success").timers().stream().toList();
                    assertThat(timers).isNotEmpty();
                    assertThat(timers.stream().mapToLong(Timer::count).sum())
                            .as("one timing per event the listener saw").isEqualTo(events.size());
                });
    }

    @Test
    void anUnknownBackendSettingStopsTheStartUpNamingTheClosestKey() {
        runner.withPropertyValues("spring.ar4j.url=jdbc:sqlite::memory:", "spring.ar4j.properties.pool.maxsize=2")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    Throwable root = ctx.getStartupFailure();
                    while (root.getCause() != null && !(root instanceof ConfigurationException)) {
                        root = root.getCause();
                    }
                    assertThat(root).isInstanceOf(ConfigurationException.class)
                            .hasMessageContaining("pool.maxsize").hasMessageContaining("pool.maxSize");
                });
    }

    @Test
    void theUrlWinsOverTheApplicationsDataSource() {
        runner.withPropertyValues("spring.ar4j.url=" + mongoUrl)
                .withBean(DataSource.class, () -> {
                    SQLiteDataSource sqlite = new SQLiteDataSource();
                    sqlite.setUrl("jdbc:sqlite::memory:");
                    return sqlite;
                })
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(Database.class).backendName()).isEqualTo("mongo");
                });
    }

    @Test
    void anApplicationsOwnDatabaseBeanReplacesTheAutoConfiguredOne() {
        runner.withBean("mine", Database.class, () -> Database.connect("jdbc:sqlite::memory:"))
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(Database.class);
                    assertThat(ctx).getBean("mine").isSameAs(ctx.getBean(Database.class));
                });
    }

    @Test
    void aMisspelledSettingFailsStartUpNamingTheClosestOne() {
        runner.withPropertyValues("spring.ar4j.url=" + mongoUrl, "spring.ar4j.slow-statment-threshold=1s")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure()
                        .rootCause().isInstanceOf(org.ar4j.ConfigurationException.class)
                        .hasMessageContaining("spring.ar4j.slow-statment-threshold")
                        .hasMessageContaining("did you mean spring.ar4j.slow-statement-threshold"));
        runner.withPropertyValues("spring.ar4j.url=" + mongoUrl, "spring.ar4j.SLOW_STATEMENT_THRESHOLD=1s",
                "spring.ar4j.properties.mongo.serverSelectionTimeoutMs=5000", "spring.ar4j.logParameters=true")
                .run(ctx -> assertThat(ctx).as("relaxed names and backend properties are known").hasNotFailed());
    }

    @Test
    void aValueConverterBeanStoresEveryFieldOfItsType() {
        runner.withPropertyValues("spring.ar4j.url=jdbc:sqlite::memory:")
                .withBean(Sku.CodeConverter.class, Sku.CodeConverter::new)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    Database db = ctx.getBean(Database.class);
                    db.schema().create(Sku.class);
                    Long id = db.bind(() -> new Sku(new Sku.Code("ab-1")).save().id);
                    assertThat(db.find(Sku.class, id).orElseThrow().code).isEqualTo(new Sku.Code("AB-1"));
                    assertThat(db.query(Sku.class).where("code", new Sku.Code("ab-1")).count()).isEqualTo(1);
                });
    }

    @Test
    void jsonFieldsUseTheContextsJsonMapper() {
        runner.withPropertyValues("spring.ar4j.url=jdbc:sqlite::memory:")
                .withBean(tools.jackson.databind.json.JsonMapper.class, () -> tools.jackson.databind.json.JsonMapper.builder()
                        .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build())
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    Database db = ctx.getBean(Database.class);
                    db.schema().create(Profile.class);
                    Profile p = new Profile();
                    p.settings = new Profile.Settings("Ada L.");
                    Long id = db.bind(() -> p.save().id);
                    assertThat(db.find(Profile.Raw.class, id).orElseThrow().settings)
                            .as("written by the application's mapper").contains("\"display_name\"");
                    assertThat(db.find(Profile.class, id).orElseThrow().settings.displayName()).isEqualTo("Ada L.");
                });
    }

    @Test
    void theContextsJsonMapperWritesModelsWithoutTheirState() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
                        Ar4jAutoConfiguration.class))
                .withPropertyValues("spring.ar4j.url=jdbc:sqlite::memory:")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    Database db = ctx.getBean(Database.class);
                    db.schema().create(Entry.class);
                    Long id = db.bind(() -> new Entry("lunch").save().id);
                    String json = ctx.getBean(tools.jackson.databind.json.JsonMapper.class)
                            .writeValueAsString(db.find(Entry.class, id).orElseThrow());
                    assertThat(json).isEqualTo("{\"id\":" + id + ",\"memo\":\"lunch\"}");
                });
    }

    @Test
    void everySettingHasMetadataWithADescription() throws Exception {
        String json;
        try (var in = Ar4jProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-boot-configuration-processor wrote the metadata").isNotNull();
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (String key : PropertyNames.KNOWN) {
            String name = "\"name\": \"spring.ar4j." + key + "\"";
            assertThat(json).as(key).contains(name);
            String entry = json.substring(json.indexOf(name), json.indexOf("}", json.indexOf(name)));
            assertThat(entry).as(key + " has a description").contains("\"description\"");
        }
        assertThat(json).contains("\"defaultValue\": \"peers\"");
    }
}

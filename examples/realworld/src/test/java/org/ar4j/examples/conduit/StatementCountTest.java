package org.ar4j.examples.conduit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.ar4j.Database;
import org.ar4j.QueryListener;
import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.User_;
import org.ar4j.examples.conduit.model.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements per request, counted through ar4j's query listener: the same number for a page of 20 and of 100
 * articles (logged in, with tags, followed authors and favorites), for the list, the feed, one article and its
 * comments. The counts are written in the example's README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {
    static final Path DIR = TestDatabases.tempDir();

    static final AtomicInteger STATEMENTS = new AtomicInteger();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + DIR.resolve("count.db") + "?journal_mode=WAL");
    }

    @TestConfiguration
    static class Counting {
        @Bean
        QueryListener statementCounter() {
            return event -> {
                if (!event.isTransactionControl()) {
                    STATEMENTS.incrementAndGet();
                }
            };
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    Database db;

    ConduitClient api;
    String reader;
    String slug;

    @BeforeAll
    void seed() {
        api = new ConduitClient(port);
        reader = api.register("reader");
        Random random = new Random(28);
        List<String> authors = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            authors.add("author" + i);
            tokens.add(api.register("author" + i));
            if (i % 2 == 0) {
                assertThat(api.call("POST", "/profiles/author" + i + "/follow", reader, null).status()).isEqualTo(200);
            }
        }
        for (int i = 0; i < 110; i++) {
            int a = random.nextInt(authors.size());
            ConduitClient.Response r = api.call("POST", "/articles", tokens.get(a), "{\"article\":{\"title\":\"t" + i
                    + "\",\"description\":\"d\",\"body\":\"b\",\"tagList\":[\"tag" + (i % 7) + "\",\"tag" + (i % 3) + "\"]}}");
            assertThat(r.status()).isEqualTo(201);
            slug = r.body().get("article").get("slug").asString();
            if (random.nextBoolean()) {
                api.call("POST", "/articles/" + slug + "/favorite", reader, null);
            }
            if (random.nextInt(3) == 0) {
                api.call("POST", "/articles/" + slug + "/favorite", tokens.get(random.nextInt(tokens.size())), null);
            }
            api.call("POST", "/articles/" + slug + "/comments", tokens.get(random.nextInt(tokens.size())),
                    "{\"comment\":{\"body\":\"c" + i + "\"}}");
        }
        // @BeforeAll runs outside a test method, where no Database is bound to the thread: name this context's
        assertThat(db.query(User.class).where(User_.username.startsWith("author")).count()).isEqualTo(10);
        assertThat(db.query(Article.class).count()).isEqualTo(110);
    }

    private int statements(String path) {
        STATEMENTS.set(0);
        ConduitClient.Response r = api.call("GET", path, reader, null);
        assertThat(r.status()).as(path).isEqualTo(200);
        return STATEMENTS.get();
    }

    @Test
    void listFeedArticleAndComments() {
        int list20 = statements("/articles?limit=20");
        int list100 = statements("/articles?limit=100");
        int tagged20 = statements("/articles?tag=tag1&limit=20");
        int tagged100 = statements("/articles?tag=tag1&limit=100");
        int feed20 = statements("/articles/feed?limit=20");
        int feed100 = statements("/articles/feed?limit=100");
        int one = statements("/articles/" + slug);
        int comments = statements("/articles/" + slug + "/comments");
        System.out.printf("[conduit] statements per request: list %d (limit 20) / %d (limit 100), tag filter %d / %d,"
                + " feed %d / %d, one article %d, comments %d%n", list20, list100, tagged20, tagged100, feed20, feed100,
                one, comments);
        assertThat(list100).isEqualTo(list20);
        assertThat(tagged100).isEqualTo(tagged20);
        assertThat(feed100).isEqualTo(feed20);
        assertThat(list20).isEqualTo(EXPECTED_LIST);
        assertThat(feed20).isEqualTo(EXPECTED_LIST + 1);   // the caller's follows first
        assertThat(one).isEqualTo(EXPECTED_ONE);
        assertThat(comments).isEqualTo(EXPECTED_COMMENTS);
    }

    /** count, articles, their authors, tag links and tags, favorite counts, the reader's favorites, follows. */
    static final int EXPECTED_LIST = 8;
    /** The list's statements but the count. */
    static final int EXPECTED_ONE = 7;
    /** The article by slug, its comments, their authors, the reader's follows among them. */
    static final int EXPECTED_COMMENTS = 4;
}

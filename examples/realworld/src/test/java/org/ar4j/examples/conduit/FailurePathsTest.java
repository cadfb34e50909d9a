package org.ar4j.examples.conduit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.ArticleTag;
import org.ar4j.examples.conduit.model.Article_;
import org.ar4j.examples.conduit.model.Favorite;
import org.ar4j.examples.conduit.model.Favorite_;
import org.ar4j.examples.conduit.model.Tag;
import org.ar4j.examples.conduit.model.Tag_;
import org.ar4j.examples.conduit.model.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the API and the database hold after failures: a taken name, racing favorites, a write that fails half way. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FailurePathsTest {
    static final Path DIR = TestDatabases.tempDir();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + DIR.resolve("failures.db") + "?journal_mode=WAL");
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void aTakenUsernameOrEmailIs422AndWritesNothing() {
        ConduitClient api = new ConduitClient(port);
        api.register("taken");
        long users = User.query().count();
        ConduitClient.Response sameName = api.call("POST", "/users", null,
                "{\"user\":{\"username\":\"taken\",\"email\":\"other@example.com\",\"password\":\"p\"}}");
        assertThat(sameName.status()).isEqualTo(422);
        assertThat(sameName.body().get("errors").get("username").get(0).asString()).isEqualTo("has already been taken");
        ConduitClient.Response sameEmail = api.call("POST", "/users", null,
                "{\"user\":{\"username\":\"other\",\"email\":\"taken@example.com\",\"password\":\"p\"}}");
        assertThat(sameEmail.status()).isEqualTo(422);
        assertThat(sameEmail.body().get("errors").get("email").get(0).asString()).isEqualTo("has already been taken");
        assertThat(User.query().count()).isEqualTo(users);
    }

    @Test
    void racingFavoritesKeepTheCountEqualToTheRows() throws Exception {
        ConduitClient api = new ConduitClient(port);
        String author = api.register("fav_author");
        String slug = api.call("POST", "/articles", author, "{\"article\":{\"title\":\"race\",\"description\":\"d\","
                + "\"body\":\"b\"}}").body().get("article").get("slug").asString();
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            readers.add(api.register("fav_reader" + i));
        }
        // 16 clients, two per user, favorite and unfavorite the same article at random
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            String token = readers.get(c % 8);
            Random random = new Random(c);
            done.add(pool.submit(() -> {
                for (int i = 0; i < 12; i++) {
                    int status = api.call(random.nextBoolean() ? "POST" : "DELETE", "/articles/" + slug + "/favorite",
                            token, null).status();
                    assertThat(status).isEqualTo(200);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long id = Article.query().where(Article_.slug.eq(slug)).one().id;
        long rows = Favorite.query().where(Favorite_.articleId.eq(id)).count();
        long distinctUsers = Favorite.query().where(Favorite_.articleId.eq(id)).pluckDistinct(Favorite_.userId).size();
        long shown = api.call("GET", "/articles/" + slug, null, null).body().get("article").get("favoritesCount").asLong();
        assertThat(rows).isEqualTo(distinctUsers).isEqualTo(shown);
    }

    @Test
    void aWriteFailingHalfWayLeavesNoArticleWithoutItsTags() {
        ConduitClient api = new ConduitClient(port);
        String author = api.register("half_way");
        long articles = Article.query().count();
        long links = ArticleTag.query(ArticleTag.class).count();
        // the second tag is longer than the tag column allows: refused after the article and the first tag were written
        String tooLong = "x".repeat(65);
        ConduitClient.Response r = api.call("POST", "/articles", author, "{\"article\":{\"title\":\"half\","
                + "\"description\":\"d\",\"body\":\"b\",\"tagList\":[\"fine\",\"" + tooLong + "\"]}}");
        assertThat(r.status()).isGreaterThanOrEqualTo(400);
        assertThat(Article.query().count()).isEqualTo(articles);
        assertThat(ArticleTag.query(ArticleTag.class).count()).isEqualTo(links);
        assertThat(Tag.query().where(Tag_.name.eq("fine")).exists()).isFalse();
    }
}

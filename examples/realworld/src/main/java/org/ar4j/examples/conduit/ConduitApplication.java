package org.ar4j.examples.conduit;

import org.ar4j.Database;
import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.ArticleTag;
import org.ar4j.examples.conduit.model.Comment;
import org.ar4j.examples.conduit.model.Favorite;
import org.ar4j.examples.conduit.model.Follow;
import org.ar4j.examples.conduit.model.Tag;
import org.ar4j.examples.conduit.model.User;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Conduit, the RealWorld API, on ar4j. The backend is configuration: {@code spring.ar4j.url} (SQLite by default;
 * PostgreSQL, MariaDB or MongoDB by URL, see application.properties and the README).
 */
@SpringBootApplication
public class ConduitApplication {

    /** The models, so the schema is created (when missing) at start-up. */
    static final Class<?>[] MODELS = {User.class, Follow.class, Article.class, Tag.class, ArticleTag.class,
        Favorite.class, Comment.class};

    public static void main(String[] args) {
        SpringApplication.run(ConduitApplication.class, args);
    }

    @Bean
    ApplicationRunner schema(Database db) {
        return args -> db.schema().createIfMissing(MODELS);
    }
}

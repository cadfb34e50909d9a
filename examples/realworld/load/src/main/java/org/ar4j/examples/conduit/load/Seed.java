package org.ar4j.examples.conduit.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.ArticleTag;
import org.ar4j.examples.conduit.model.Comment;
import org.ar4j.examples.conduit.model.Favorite;
import org.ar4j.examples.conduit.model.Follow;
import org.ar4j.examples.conduit.model.Tag;
import org.ar4j.examples.conduit.model.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a fresh Conduit database for the load test (seeded, so every run holds the same data), written with
 * {@code insertAll} in batches. Two sizes: {@code large} (the default), 10,000 users (password "password"), 100,000
 * articles with two of 50 tags each, 10 follows per user, 200,000 favorites and 100,000 comments; and {@code peer},
 * the data set outside testers compared ar4j with a JPA Conduit on: 1,000 users, 10,000 articles, 30,000 comments
 * (with 10 follows per user and 20,000 favorites). Usage: {@code LoadTool seed <database URL> [large|peer]}.
 */
public final class Seed {
    static final int TAGS = 50;
    static final int FOLLOWS_PER_USER = 10;
    private static final int BATCH = 5_000;

    /** How much to write. */
    record Size(int users, int articles, int favorites, int comments) {
        static Size named(String name) {
            return switch (name) {
                case "large" -> new Size(10_000, 100_000, 200_000, 100_000);
                case "peer" -> new Size(1_000, 10_000, 20_000, 30_000);
                default -> throw new IllegalArgumentException("unknown data set " + name + " (large or peer)");
            };
        }
    }

    private Seed() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Size size = Size.named(args.length > 1 ? args[1] : "large");
        try (Database db = Database.connect(args[0])) {
            db.schema().createIfMissing(User.class, Follow.class, Article.class, Tag.class, ArticleTag.class,
                    Favorite.class, Comment.class);
            Random random = new Random(20261205L);
            String hash = new BCryptPasswordEncoder().encode("password");
            Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
            List<User> users = new ArrayList<>();
            for (int i = 0; i < size.users(); i++) {
                User u = new User();
                u.username = "user" + i;
                u.email = "user" + i + "@example.com";
                u.passwordHash = hash;
                users.add(u);
            }
            insert(db, users);
            List<Tag> tags = new ArrayList<>();
            for (int i = 0; i < TAGS; i++) {
                tags.add(new Tag("tag" + i));
            }
            insert(db, tags);
            List<Article> articles = articles(db, random, users, t0, size);
            List<ArticleTag> links = new ArrayList<>();
            for (Article a : articles) {
                int first = random.nextInt(TAGS);
                links.add(new ArticleTag(a.id, tags.get(first).id));
                links.add(new ArticleTag(a.id, tags.get((first + 1 + random.nextInt(TAGS - 1)) % TAGS).id));
            }
            insert(db, links);
            others(db, random, users, articles, size);
        }
        System.out.printf("[seed] %d users, %d articles, %d tag links, %d follows, %d favorites, %d comments in %.1f s%n",
                size.users(), size.articles(), 2 * size.articles(), size.users() * FOLLOWS_PER_USER, size.favorites(),
                size.comments(),
                (System.nanoTime() - start) / 1e9);
    }

    private static List<Article> articles(Database db, Random random, List<User> users, Instant t0, Size size) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < size.articles(); i++) {
            Article a = new Article();
            a.slug = "article-" + i;
            a.title = "Article " + i;
            a.description = "About " + i;
            a.body = "Body of article " + i + ". ".repeat(20);
            a.authorId = users.get(random.nextInt(users.size())).id;
            a.createdAt = t0.plus(Duration.ofMinutes(i));
            a.updatedAt = a.createdAt;
            articles.add(a);
        }
        insert(db, articles);
        return articles;
    }

    private static void others(Database db, Random random, List<User> users, List<Article> articles, Size size) {
        List<Follow> follows = new ArrayList<>();
        for (User u : users) {
            Set<Long> followed = new HashSet<>();
            while (followed.size() < FOLLOWS_PER_USER) {
                long other = users.get(random.nextInt(users.size())).id;
                if (other != u.id && followed.add(other)) {
                    follows.add(new Follow(u.id, other));
                }
            }
        }
        insert(db, follows);
        Set<String> pairs = new HashSet<>();
        List<Favorite> favorites = new ArrayList<>();
        while (favorites.size() < size.favorites()) {
            Favorite f = new Favorite(articles.get(random.nextInt(articles.size())).id,
                    users.get(random.nextInt(users.size())).id);
            if (pairs.add(f.pair)) {
                favorites.add(f);
            }
        }
        insert(db, favorites);
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < size.comments(); i++) {
            Comment c = new Comment();
            c.articleId = articles.get(random.nextInt(articles.size())).id;
            c.authorId = users.get(random.nextInt(users.size())).id;
            c.body = "Comment " + i;
            comments.add(c);
        }
        insert(db, comments);
    }

    private static <T extends ActiveRecord<T>> void insert(Database db, List<T> records) {
        for (int from = 0; from < records.size(); from += BATCH) {
            List<T> batch = records.subList(from, Math.min(records.size(), from + BATCH));
            db.transaction(() -> db.insertAll(batch));
        }
    }
}

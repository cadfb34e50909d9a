package org.ar4j.examples.conduit.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.Article_;
import org.ar4j.examples.conduit.model.Favorite_;
import org.ar4j.examples.conduit.model.Follow;
import org.ar4j.examples.conduit.model.Follow_;
import org.ar4j.examples.conduit.model.Tag;
import org.ar4j.examples.conduit.model.User;
import org.ar4j.examples.conduit.web.Json;
import org.ar4j.query.Query;
import org.ar4j.query.Where;
import org.springframework.stereotype.Component;

/**
 * Articles as the API shows them to a reader, in a fixed number of statements whatever the page size: the
 * articles with their authors and tags eager-loaded, the favorite counts and the reader's own favorites as
 * per-article counts attached by the same query, and which authors the reader follows in one more read.
 */
@Component
public class ArticleViews {

    /** The query's articles with what their views need, for a reader (or null when anonymous). */
    public Query<Article> loading(Query<Article> q, Long reader) {
        Query<Article> loaded = q.with(Article_.author).with(Article_.tags).withCount(Article_.favorites);
        return reader == null ? loaded : loaded.withCount(Article_.favorites, Favorite_.userId.eq(reader));
    }

    /** The views of articles loaded through {@link #loading}. */
    public List<Json.ArticleBody> views(List<Article> articles, Long reader) {
        Set<Long> followed = followed(reader, authorsOf(articles));
        List<Json.ArticleBody> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(view(a, reader, followed.contains(a.authorId)));
        }
        return out;
    }

    /** One article loaded through {@link #loading}. */
    public Json.ArticleBody view(Article a, Long reader) {
        return views(List.of(a), reader).get(0);
    }

    private static Json.ArticleBody view(Article a, Long reader, boolean following) {
        User author = Article.AUTHOR.get(a);
        List<String> tags = new ArrayList<>();
        for (Tag t : Article.TAGS.get(a)) {
            tags.add(t.name);
        }
        boolean favorited = reader != null && Article.FAVORITES.count(a, Favorite_.userId.eq(reader)) > 0;
        return new Json.ArticleBody(a.slug, new Json.ArticleText(a.title, a.description, a.body), tags,
                new Json.Times(Json.time(a.createdAt), Json.time(a.updatedAt)), favorited, Article.FAVORITES.count(a),
                profile(author, following));
    }

    private static Set<Long> authorsOf(List<Article> articles) {
        Set<Long> authors = new LinkedHashSet<>();
        for (Article a : articles) {
            authors.add(a.authorId);
        }
        return authors;
    }

    /** A user as the API shows a profile. */
    static Json.Profile profile(User u, boolean following) {
        return new Json.Profile(u.username, u.bio, u.image, following);
    }

    /** Which of these users the reader follows: one read (none for an anonymous reader). */
    static Set<Long> followed(Long reader, Set<Long> users) {
        if (reader == null || users.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Follow.query().where(Where.and(Follow_.followerId.eq(reader), Follow_.followedId.in(users)))
                .pluck(Follow_.followedId));
    }
}

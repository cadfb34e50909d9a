package org.ar4j.examples.conduit.service;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.ar4j.Capability;
import org.ar4j.Database;
import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.ArticleTag;
import org.ar4j.examples.conduit.model.Article_;
import org.ar4j.examples.conduit.model.Follow;
import org.ar4j.examples.conduit.model.Follow_;
import org.ar4j.examples.conduit.model.Tag;
import org.ar4j.examples.conduit.model.Tag_;
import org.ar4j.examples.conduit.model.User_;
import org.ar4j.examples.conduit.web.ApiException;
import org.ar4j.examples.conduit.web.Json;
import org.ar4j.query.Query;
import org.ar4j.query.Where;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles: pages with filters, the feed, one article, and the writes of their author. A write that touches several
 * rows (an article and its tags) is one {@code @Transactional} method: on a SQL database ar4j runs on Spring's
 * DataSource and joins Spring's transaction, so a failure leaves nothing behind. On MongoDB without transactions
 * (the in-process server of profile {@code mongo}) the same method compensates instead (see {@link #create}).
 */
@Service
public class ArticleService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ArticleViews views;
    private final Database db;

    public ArticleService(ArticleViews views, Database db) {
        this.views = views;
        this.db = db;
    }

    /** A page of articles, optionally by tag, author or a user who favorited them; newest first. */
    public Json.ArticlesResponse list(String tag, String author, String favorited, Long reader, int limit, int offset) {
        Query<Article> q = Article.query();
        if (tag != null) {
            q = q.where(Where.has(Article_.tags, Tag_.name.eq(tag)));
        }
        if (author != null) {
            q = q.where(Where.has(Article_.author, User_.username.eq(author)));
        }
        if (favorited != null) {
            q = q.where(Where.has(Article_.favoritedBy, User_.username.eq(favorited)));
        }
        return page(q, reader, limit, offset);
    }

    /**
     * Articles by the authors the reader follows: their ids first (one small read of the reader's follows), then
     * the page by author id, which the foreign-key index serves. A condition on the relation path
     * (has(author.followers)) gives the same rows but makes the database test every article.
     */
    public Json.ArticlesResponse feed(long reader, int limit, int offset) {
        List<Long> followed = Follow.query().where(Follow_.followerId.eq(reader)).pluck(Follow_.followedId);
        return page(Article.query().where(Article_.authorId.in(followed)), reader, limit, offset);
    }

    private Json.ArticlesResponse page(Query<Article> q, Long reader, int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw ApiException.invalid("limit", "limit and offset must not be negative");
        }
        long count = q.count();
        List<Article> page = views.loading(q.orderBy(Article_.createdAt.desc(), Article_.id.desc())
                .limit(limit).offset(offset), reader).all();
        return new Json.ArticlesResponse(views.views(page, reader), count);
    }

    /** One article as the reader sees it. */
    public Json.ArticleBody get(String slug, Long reader) {
        Article a = views.loading(Article.query().where(Article_.slug.eq(slug)), reader).first()
                .orElseThrow(() -> ApiException.notFound("article"));
        return views.view(a, reader);
    }

    /** The article of a slug; 404 when there is none. */
    public static Article bySlug(String slug) {
        return Article.query().where(Article_.slug.eq(slug)).first().orElseThrow(() -> ApiException.notFound("article"));
    }

    /**
     * Writes the article and its tags in one transaction: a failure (a tag longer than its column) leaves no
     * article and no tag link. Without transactions (MongoDB in-process) the article written so far is deleted
     * again, with its taggings (dependent DELETE_ALL), before the failure is reported.
     */
    @Transactional
    public Json.ArticleBody create(long author, Json.NewArticle in) {
        if (in == null) {
            throw ApiException.invalid("article", "can't be blank");
        }
        Article a = new Article();
        a.title = in.title();
        a.description = in.description();
        a.body = in.body();
        a.authorId = author;
        a.slug = slug(in.title());
        if (db.supports(Capability.TRANSACTIONS)) {
            write(a, in.tagList());
        } else {
            try {
                write(a, in.tagList());
            } catch (RuntimeException e) {
                if (!a.isNewRecord()) {
                    a.delete();
                }
                throw e;
            }
        }
        return reload(a.id, author);
    }

    private void write(Article a, List<String> tagNames) {
        a.save();
        for (String name : tagNames == null ? List.<String>of() : tagNames) {
            if (name != null && !name.isBlank()) {
                new ArticleTag(a.id, tag(name.trim()).id).save();
            }
        }
    }

    /** The tag of a name, created if new (a concurrent creation of the same name is read back). */
    private static Tag tag(String name) {
        return Tag.query().where(Tag_.name.eq(name)).first().orElseGet(() -> new Tag(name).save());
    }

    /** Changes the title, description or body; only the author may. */
    @Transactional
    public Json.ArticleBody update(long reader, String slug, Json.ArticleUpdate in) {
        Article a = bySlug(slug);
        if (!a.authorId.equals(reader)) {
            throw ApiException.forbidden("article");
        }
        if (in != null) {
            if (in.title() != null) {
                a.title = in.title();
            }
            if (in.description() != null) {
                a.description = in.description();
            }
            if (in.body() != null) {
                a.body = in.body();
            }
            a.save();
        }
        return reload(a.id, reader);
    }

    /** Deletes the article with its taggings, favorites and comments (ar4j's cascades run atomically); author only. */
    @Transactional
    public void delete(long reader, String slug) {
        Article a = bySlug(slug);
        if (!a.authorId.equals(reader)) {
            throw ApiException.forbidden("article");
        }
        a.delete();
    }

    private Json.ArticleBody reload(long id, Long reader) {
        return views.view(views.loading(Article.query().whereId(id), reader).one(), reader);
    }

    static String slug(String title) {
        String base = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String suffix = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        return (base.isEmpty() ? "article" : base.length() > 150 ? base.substring(0, 150) : base) + "-"
                + suffix.substring(0, Math.min(8, suffix.length()));
    }
}

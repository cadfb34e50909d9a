package org.ar4j.examples.conduit.api;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.ar4j.Database;
import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.ArticleTag;
import org.ar4j.examples.conduit.model.Article_;
import org.ar4j.examples.conduit.model.Follow;
import org.ar4j.examples.conduit.model.Follow_;
import org.ar4j.examples.conduit.model.Tag;
import org.ar4j.examples.conduit.model.Tag_;
import org.ar4j.examples.conduit.model.User_;
import org.ar4j.query.Query;
import org.ar4j.query.Where;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Articles: lists with filters and pages, the feed, one article, and writes by their author. */
@RestController
@RequestMapping("/api/articles")
public class Articles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final CurrentUser me;
    private final ArticleViews views;
    private final Database db;

    public Articles(CurrentUser me, ArticleViews views, Database db) {
        this.me = me;
        this.views = views;
        this.db = db;
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

    @GetMapping
    public Json.ArticlesResponse list(@RequestParam(required = false) String tag,
                                      @RequestParam(required = false) String author,
                                      @RequestParam(required = false) String favorited,
                                      @RequestParam(defaultValue = "20") int limit,
                                      @RequestParam(defaultValue = "0") int offset) {
        Long reader = me.optional().orElse(null);
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
     * Articles by the authors the caller follows: their ids first (one small read of the caller's follows
     * rows), then the page by author id, which the foreign-key index serves. A condition on
     * {@code has("author.followers", ...)} gives the same rows but asks the database to test every article.
     */
    @GetMapping("/feed")
    public Json.ArticlesResponse feed(@RequestParam(defaultValue = "20") int limit,
                                      @RequestParam(defaultValue = "0") int offset) {
        long reader = me.required();
        List<Long> followed = Follow.query().where(Follow_.followerId.eq(reader)).pluck(Follow_.followedId);
        return page(Article.query().where(Article_.authorId.in(followed)), reader, limit, offset);
    }

    static Article bySlug(String slug) {
        return Article.query().where(Article_.slug.eq(slug)).first().orElseThrow(() -> ApiException.notFound("article"));
    }

    private Json.ArticleResponse reload(long id, Long reader) {
        return new Json.ArticleResponse(views.view(views.loading(Article.query().whereId(id), reader).one(), reader));
    }

    @GetMapping("/{slug}")
    public Json.ArticleResponse get(@PathVariable String slug) {
        Long reader = me.optional().orElse(null);
        Article a = views.loading(Article.query().where(Article_.slug.eq(slug)), reader).first()
                .orElseThrow(() -> ApiException.notFound("article"));
        return new Json.ArticleResponse(views.view(a, reader));
    }

    /** Writes the article and its tags in one transaction: a failure leaves no article without its tags. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Json.ArticleResponse create(@RequestBody Json.NewArticleRequest request) {
        long author = me.required();
        Json.NewArticle in = request.article();
        if (in == null) {
            throw ApiException.invalid("article", "can't be blank");
        }
        Article a = new Article();
        a.title = in.title();
        a.description = in.description();
        a.body = in.body();
        a.authorId = author;
        a.slug = slug(in.title());
        Atomic.run(db, () -> {
            a.save();
            for (String name : in.tagList() == null ? List.<String>of() : in.tagList()) {
                if (name != null && !name.isBlank()) {
                    new ArticleTag(a.id, tag(name.trim()).id).save();
                }
            }
        }, () -> {
            if (!a.isNewRecord()) {
                a.delete(); // its taggings go with it (dependent DELETE_ALL)
            }
        });
        return reload(a.id, author);
    }

    /** The tag of a name, created if new (a concurrent creation of the same name is read back). */
    private Tag tag(String name) {
        return Tag.query().where(Tag_.name.eq(name)).first().orElseGet(() -> new Tag(name).save());
    }

    static String slug(String title) {
        String base = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String suffix = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        return (base.isEmpty() ? "article" : base.length() > 150 ? base.substring(0, 150) : base) + "-"
                + suffix.substring(0, Math.min(8, suffix.length()));
    }

    @PutMapping("/{slug}")
    public Json.ArticleResponse update(@PathVariable String slug, @RequestBody Json.ArticleUpdateRequest request) {
        long reader = me.required();
        Article a = bySlug(slug);
        if (!a.authorId.equals(reader)) {
            throw ApiException.forbidden("article");
        }
        Json.ArticleUpdate in = request.article();
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

    @DeleteMapping("/{slug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String slug) {
        long reader = me.required();
        Article a = bySlug(slug);
        if (!a.authorId.equals(reader)) {
            throw ApiException.forbidden("article");
        }
        Atomic.run(db, a::delete, () -> { });
    }
}

package org.ar4j.examples.conduit.api;

import org.ar4j.ConstraintViolationException;
import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.Article_;
import org.ar4j.examples.conduit.model.Favorite;
import org.ar4j.examples.conduit.model.Favorite_;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Favorites. The (article, user) pair is a unique key, so concurrent favorites of one article by one user keep one
 * row, and the count is always the number of rows.
 */
@RestController
@RequestMapping("/api/articles/{slug}/favorite")
public class Favorites {
    private final CurrentUser me;
    private final ArticleViews views;

    public Favorites(CurrentUser me, ArticleViews views) {
        this.me = me;
        this.views = views;
    }

    @PostMapping
    public Json.ArticleResponse favorite(@PathVariable String slug) {
        long reader = me.required();
        Article a = Articles.bySlug(slug);
        try {
            new Favorite(a.id, reader).save();
        } catch (ConstraintViolationException alreadyFavorite) {
            // favorited already (perhaps by a concurrent request): one row is kept
        }
        return view(a.id, reader);
    }

    @DeleteMapping
    public Json.ArticleResponse unfavorite(@PathVariable String slug) {
        long reader = me.required();
        Article a = Articles.bySlug(slug);
        Favorite.query().where(Favorite_.pair.eq(a.id + ":" + reader)).deleteAll();
        return view(a.id, reader);
    }

    private Json.ArticleResponse view(long id, long reader) {
        return new Json.ArticleResponse(views.view(views.loading(Article.query().where(Article_.id.eq(id)), reader).one(),
                reader));
    }
}

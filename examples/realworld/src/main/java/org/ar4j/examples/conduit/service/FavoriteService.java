package org.ar4j.examples.conduit.service;

import org.ar4j.ConstraintViolationException;
import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.Article_;
import org.ar4j.examples.conduit.model.Favorite;
import org.ar4j.examples.conduit.model.Favorite_;
import org.ar4j.examples.conduit.web.Json;
import org.springframework.stereotype.Service;

/**
 * Favorites. The (article, user) pair is a unique key, so concurrent favorites of one article by one user keep one
 * row, and the count is always the number of rows; each write is one statement.
 */
@Service
public class FavoriteService {
    private final ArticleViews views;

    public FavoriteService(ArticleViews views) {
        this.views = views;
    }

    /** The reader favorites the article (again: nothing changes). */
    public Json.ArticleBody favorite(String slug, long reader) {
        Article a = ArticleService.bySlug(slug);
        try {
            new Favorite(a.id, reader).save();
        } catch (ConstraintViolationException alreadyFavorite) {
            // favorited already (perhaps by a concurrent request): one row is kept
        }
        return view(a.id, reader);
    }

    /** The reader takes the favorite back. */
    public Json.ArticleBody unfavorite(String slug, long reader) {
        Article a = ArticleService.bySlug(slug);
        Favorite.query().where(Favorite_.pair.eq(a.id + ":" + reader)).deleteAll();
        return view(a.id, reader);
    }

    private Json.ArticleBody view(long id, long reader) {
        return views.view(views.loading(Article.query().where(Article_.id.eq(id)), reader).one(), reader);
    }
}

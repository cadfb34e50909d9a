package org.ar4j.examples.conduit.api;

import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.service.FavoriteService;
import org.ar4j.examples.conduit.web.Json;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Favorites of an article. */
@RestController
@RequestMapping("/api/articles/{slug}/favorite")
public class Favorites {
    private final CurrentUser me;
    private final FavoriteService favorites;

    public Favorites(CurrentUser me, FavoriteService favorites) {
        this.me = me;
        this.favorites = favorites;
    }

    @PostMapping
    public Json.ArticleResponse favorite(@PathVariable String slug) {
        return new Json.ArticleResponse(favorites.favorite(slug, me.required()));
    }

    @DeleteMapping
    public Json.ArticleResponse unfavorite(@PathVariable String slug) {
        return new Json.ArticleResponse(favorites.unfavorite(slug, me.required()));
    }
}

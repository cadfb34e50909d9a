package org.ar4j.examples.conduit.api;

import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.service.ArticleService;
import org.ar4j.examples.conduit.web.Json;
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
    private final CurrentUser me;
    private final ArticleService articles;

    public Articles(CurrentUser me, ArticleService articles) {
        this.me = me;
        this.articles = articles;
    }

    @GetMapping
    public Json.ArticlesResponse list(@RequestParam(required = false) String tag,
                                      @RequestParam(required = false) String author,
                                      @RequestParam(required = false) String favorited,
                                      @RequestParam(defaultValue = "20") int limit,
                                      @RequestParam(defaultValue = "0") int offset) {
        return articles.list(tag, author, favorited, me.optional().orElse(null), limit, offset);
    }

    @GetMapping("/feed")
    public Json.ArticlesResponse feed(@RequestParam(defaultValue = "20") int limit,
                                      @RequestParam(defaultValue = "0") int offset) {
        return articles.feed(me.required(), limit, offset);
    }

    @GetMapping("/{slug}")
    public Json.ArticleResponse get(@PathVariable String slug) {
        return new Json.ArticleResponse(articles.get(slug, me.optional().orElse(null)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Json.ArticleResponse create(@RequestBody Json.NewArticleRequest request) {
        return new Json.ArticleResponse(articles.create(me.required(), request.article()));
    }

    @PutMapping("/{slug}")
    public Json.ArticleResponse update(@PathVariable String slug, @RequestBody Json.ArticleUpdateRequest request) {
        return new Json.ArticleResponse(articles.update(me.required(), slug, request.article()));
    }

    @DeleteMapping("/{slug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String slug) {
        articles.delete(me.required(), slug);
    }
}

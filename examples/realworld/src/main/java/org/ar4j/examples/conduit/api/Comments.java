package org.ar4j.examples.conduit.api;

import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.service.CommentService;
import org.ar4j.examples.conduit.web.Json;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Comments on an article. */
@RestController
@RequestMapping("/api/articles/{slug}/comments")
public class Comments {
    private final CurrentUser me;
    private final CommentService comments;

    public Comments(CurrentUser me, CommentService comments) {
        this.me = me;
        this.comments = comments;
    }

    @GetMapping
    public Json.CommentsResponse list(@PathVariable String slug) {
        return comments.list(slug, me.optional().orElse(null));
    }

    @PostMapping
    public Json.CommentResponse add(@PathVariable String slug, @RequestBody Json.NewCommentRequest request) {
        return new Json.CommentResponse(comments.add(slug, me.required(), request.comment()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String slug, @PathVariable long id) {
        comments.delete(slug, me.required(), id);
    }
}

package org.ar4j.examples.conduit.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.Comment;
import org.ar4j.examples.conduit.model.Comment_;
import org.ar4j.examples.conduit.model.Follow;
import org.ar4j.examples.conduit.model.Follow_;
import org.ar4j.examples.conduit.model.User;
import org.ar4j.query.Where;
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

    public Comments(CurrentUser me) {
        this.me = me;
    }

    private static Json.CommentBody view(Comment c, boolean following) {
        return new Json.CommentBody(c.id, Json.time(c.createdAt), Json.time(c.updatedAt), c.body,
                Profiles.view(Comment.AUTHOR.get(c), following));
    }

    /** The comments with their authors in one more statement, and which authors the reader follows in one more. */
    @GetMapping
    public Json.CommentsResponse list(@PathVariable String slug) {
        Long reader = me.optional().orElse(null);
        Article a = Articles.bySlug(slug);
        List<Comment> comments = Comment.query().where(Comment_.articleId.eq(a.id)).orderBy(Comment_.id.asc())
                .with(Comment_.author).all();
        Set<Long> followed = new HashSet<>();
        if (reader != null && !comments.isEmpty()) {
            Set<Long> authors = new HashSet<>();
            comments.forEach(c -> authors.add(c.authorId));
            followed.addAll(Follow.query().where(Where.and(Follow_.followerId.eq(reader), Follow_.followedId.in(authors)))
                    .pluck(Follow_.followedId));
        }
        List<Json.CommentBody> out = new ArrayList<>(comments.size());
        for (Comment c : comments) {
            out.add(view(c, followed.contains(c.authorId)));
        }
        return new Json.CommentsResponse(out);
    }

    @PostMapping
    public Json.CommentResponse add(@PathVariable String slug, @RequestBody Json.NewCommentRequest request) {
        long reader = me.required();
        Article a = Articles.bySlug(slug);
        if (request.comment() == null || request.comment().body() == null || request.comment().body().isBlank()) {
            throw ApiException.invalid("body", "can't be blank");
        }
        Comment c = new Comment();
        c.articleId = a.id;
        c.authorId = reader;
        c.body = request.comment().body();
        c.save();
        User author = Comment.AUTHOR.get(c);
        return new Json.CommentResponse(view(c, Profiles.follows(reader, author.id)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String slug, @PathVariable long id) {
        long reader = me.required();
        Article a = Articles.bySlug(slug);
        Comment c = Comment.query().where(Where.and(Comment_.id.eq(id), Comment_.articleId.eq(a.id))).first()
                .orElseThrow(() -> ApiException.notFound("comment"));
        if (!c.authorId.equals(reader)) {
            throw ApiException.forbidden("comment");
        }
        c.delete();
    }
}

package org.ar4j.examples.conduit.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ar4j.examples.conduit.model.Article;
import org.ar4j.examples.conduit.model.Comment;
import org.ar4j.examples.conduit.model.Comment_;
import org.ar4j.examples.conduit.web.ApiException;
import org.ar4j.examples.conduit.web.Json;
import org.ar4j.query.Where;
import org.springframework.stereotype.Service;

/** Comments on an article. Each write is one statement, so none needs a transaction of its own. */
@Service
public class CommentService {

    /** The comments with their authors in one more statement, and which authors the reader follows in one more. */
    public Json.CommentsResponse list(String slug, Long reader) {
        Article a = ArticleService.bySlug(slug);
        List<Comment> comments = Comment.query().where(Comment_.articleId.eq(a.id)).orderBy(Comment_.id.asc())
                .with(Comment_.author).all();
        Set<Long> authors = new HashSet<>();
        comments.forEach(c -> authors.add(c.authorId));
        Set<Long> followed = ArticleViews.followed(reader, authors);
        List<Json.CommentBody> out = new ArrayList<>(comments.size());
        for (Comment c : comments) {
            out.add(view(c, followed.contains(c.authorId)));
        }
        return new Json.CommentsResponse(out);
    }

    /** Adds the reader's comment to the article. */
    public Json.CommentBody add(String slug, long reader, Json.NewComment in) {
        Article a = ArticleService.bySlug(slug);
        if (in == null || in.body() == null || in.body().isBlank()) {
            throw ApiException.invalid("body", "can't be blank");
        }
        Comment c = new Comment();
        c.articleId = a.id;
        c.authorId = reader;
        c.body = in.body();
        c.save();
        return view(c, !ArticleViews.followed(reader, Set.of(reader)).isEmpty());
    }

    /** Deletes a comment of the article; only its author may. */
    public void delete(String slug, long reader, long id) {
        Article a = ArticleService.bySlug(slug);
        Comment c = Comment.query().where(Where.and(Comment_.id.eq(id), Comment_.articleId.eq(a.id))).first()
                .orElseThrow(() -> ApiException.notFound("comment"));
        if (!c.authorId.equals(reader)) {
            throw ApiException.forbidden("comment");
        }
        c.delete();
    }

    private static Json.CommentBody view(Comment c, boolean following) {
        return new Json.CommentBody(c.id, Json.time(c.createdAt), Json.time(c.updatedAt), c.body,
                ArticleViews.profile(Comment.AUTHOR.get(c), following));
    }
}

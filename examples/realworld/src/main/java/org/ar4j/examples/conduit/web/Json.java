package org.ar4j.examples.conduit.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The request and response bodies of the spec, as records. */
public final class Json {
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Json() {
    }

    /** An instant as the spec's clients parse it: ISO 8601 with milliseconds, UTC. */
    public static String time(Instant t) {
        return t == null ? null : ISO_MILLIS.format(t);
    }

    /** The spec's NewUser body. */
    public record NewUser(String username, String email, String password) { }

    /** The spec's NewUserRequest body. */
    public record NewUserRequest(NewUser user) { }

    /** The spec's Login body. */
    public record Login(String email, String password) { }

    /** The spec's LoginRequest body. */
    public record LoginRequest(Login user) { }

    /** The spec's UserUpdate body. */
    public record UserUpdate(String username, String email, String password, String bio, String image) { }

    /** The spec's UserUpdateRequest body. */
    public record UserUpdateRequest(UserUpdate user) { }

    /** The spec's UserBody body. */
    public record UserBody(String email, String token, String username, String bio, String image) { }

    /** The spec's UserResponse body. */
    public record UserResponse(UserBody user) { }

    /** The spec's Profile body. */
    public record Profile(String username, String bio, String image, boolean following) { }

    /** The spec's ProfileResponse body. */
    public record ProfileResponse(Profile profile) { }

    /** The spec's NewArticle body. */
    public record NewArticle(String title, String description, String body, List<String> tagList) { }

    /** The spec's NewArticleRequest body. */
    public record NewArticleRequest(NewArticle article) { }

    /** The spec's ArticleUpdate body. */
    public record ArticleUpdate(String title, String description, String body) { }

    /** The spec's ArticleUpdateRequest body. */
    public record ArticleUpdateRequest(ArticleUpdate article) { }

    /** The spec's ArticleBody body: its text and times are written as fields of the article itself. */
    public record ArticleBody(String slug, @JsonUnwrapped ArticleText text, List<String> tagList,
                              @JsonUnwrapped Times times, boolean favorited, long favoritesCount, Profile author) { }

    /** An article's title, description and body. */
    public record ArticleText(String title, String description, String body) { }

    /** When a resource was created and last updated, as the spec writes times. */
    public record Times(String createdAt, String updatedAt) { }

    /** The spec's ArticleResponse body. */
    public record ArticleResponse(ArticleBody article) { }

    /** The spec's ArticlesResponse body. */
    public record ArticlesResponse(List<ArticleBody> articles, long articlesCount) { }

    /** The spec's NewComment body. */
    public record NewComment(String body) { }

    /** The spec's NewCommentRequest body. */
    public record NewCommentRequest(NewComment comment) { }

    /** The spec's CommentBody body. */
    public record CommentBody(long id, String createdAt, String updatedAt, String body, Profile author) { }

    /** The spec's CommentResponse body. */
    public record CommentResponse(CommentBody comment) { }

    /** The spec's CommentsResponse body. */
    public record CommentsResponse(List<CommentBody> comments) { }

    /** The spec's TagsResponse body. */
    public record TagsResponse(List<String> tags) { }
}

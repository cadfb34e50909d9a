package org.ar4j.examples.conduit.model;

import java.time.Instant;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.CreatedAt;
import org.ar4j.Errors;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Query;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.HasManyThrough;

/** A registered user: also an author and a profile others follow. */
@Table("conduit_users")
public class User extends ActiveRecord<User> {
    @Id public Long id;
    @Column(unique = true, length = 64) public String username;
    @Column(unique = true, length = 254) public String email;
    public String passwordHash;
    public String bio;
    public String image;
    @CreatedAt public Instant createdAt;

    public static final HasMany<Article> ARTICLES = hasMany(Article.class).foreignKey("authorId").inverseOf("author");
    /** The users this one follows. */
    public static final HasManyThrough<User> FOLLOWING = hasManyThrough(User.class, Follow.class)
            .foreignKey("followerId").targetKey("followedId");
    /** The users who follow this one. */
    public static final HasManyThrough<User> FOLLOWERS = hasManyThrough(User.class, Follow.class)
            .foreignKey("followedId").targetKey("followerId");
    /** The articles this user favorited. */
    public static final HasManyThrough<Article> FAVORITES = hasManyThrough(Article.class, Favorite.class)
            .foreignKey("userId").targetKey("articleId");

    public static Query<User> query() {
        return query(User.class);
    }

    @Override
    protected void validate(Errors errors) {
        if (username == null || username.isBlank()) {
            errors.add("username", "can't be blank");
        }
        if (email == null || email.isBlank()) {
            errors.add("email", "can't be blank");
        }
    }
}

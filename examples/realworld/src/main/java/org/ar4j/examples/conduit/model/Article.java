package org.ar4j.examples.conduit.model;

import java.time.Instant;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.CreatedAt;
import org.ar4j.Errors;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.UpdatedAt;
import org.ar4j.relation.Dependent;
import org.ar4j.query.Query;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.HasManyThrough;

/** An article: its author, tags, favorites and comments are relations, loaded in a fixed number of statements. */
@Table("conduit_articles")
public class Article extends ActiveRecord<Article> {
    @Id public Long id;
    @Column(unique = true, length = 200) public String slug;
    public String title;
    public String description;
    public String body;
    public Long authorId;
    /**
     * Pages are ordered by it, newest first: indexed, and NOT NULL (ar4j always sets it), so no NULLS LAST clause
     * keeps PostgreSQL from reading the index backwards.
     */
    @Column(index = true, notNull = true) @CreatedAt public Instant createdAt;
    @UpdatedAt public Instant updatedAt;

    public static final BelongsTo<User> AUTHOR = belongsTo(User.class).inverseOf("articles");
    public static final HasManyThrough<Tag> TAGS = hasManyThrough(Tag.class, ArticleTag.class)
            .foreignKey("articleId").targetKey("tagId").orderBy("name");
    public static final HasMany<ArticleTag> TAGGINGS = hasMany(ArticleTag.class).foreignKey("articleId")
            .dependent(Dependent.DELETE_ALL);
    public static final HasMany<Favorite> FAVORITES = hasMany(Favorite.class).foreignKey("articleId")
            .dependent(Dependent.DELETE_ALL);
    public static final HasManyThrough<User> FAVORITED_BY = hasManyThrough(User.class, Favorite.class)
            .foreignKey("articleId").targetKey("userId");
    public static final HasMany<Comment> COMMENTS = hasMany(Comment.class).foreignKey("articleId")
            .dependent(Dependent.DELETE_ALL);

    public static Query<Article> query() {
        return query(Article.class);
    }

    @Override
    protected void validate(Errors errors) {
        for (String[] f : new String[][] {{"title", title}, {"description", description}, {"body", body}}) {
            if (f[1] == null || f[1].isBlank()) {
                errors.add(f[0], "can't be blank");
            }
        }
    }
}

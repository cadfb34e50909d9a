package org.ar4j.examples.quickstart;

import java.time.Instant;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Order;
import org.ar4j.query.Query;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.Dependent;
import org.ar4j.relation.HasMany;

/** An article with comments. */
@Table("qs_articles")
public class Article extends ActiveRecord<Article> {
    @Id public Long id;
    public Long authorId;
    public String title;
    public boolean published;
    public Instant publishedAt;

    public static final BelongsTo<Author> AUTHOR = belongsTo(Author.class).inverseOf("articles");
    public static final HasMany<Remark> REMARKS = hasMany(Remark.class).inverseOf("article")
            .orderBy(Order.asc("id")).dependent(Dependent.DELETE_ALL);

    public Article() {
    }

    public Article(Author author, String title, boolean published) {
        this.authorId = author.id;
        this.title = title;
        this.published = published;
        this.publishedAt = published ? Instant.parse("2026-11-01T09:00:00Z") : null;
    }

    public static Query<Article> query() {
        return query(Article.class);
    }

    public Author author() {
        return AUTHOR.get(this);
    }

    public List<Remark> remarks() {
        return REMARKS.get(this);
    }
}

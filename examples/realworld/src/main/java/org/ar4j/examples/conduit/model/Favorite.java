package org.ar4j.examples.conduit.model;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Query;
import org.ar4j.relation.BelongsTo;

/** A user's favorite article; {@code pair} keeps it unique per user and article on every backend. */
@Table("conduit_favorites")
public class Favorite extends ActiveRecord<Favorite> {
    @Id public Long id;
    public Long articleId;
    public Long userId;
    @Column(unique = true, length = 48) public String pair;

    public static final BelongsTo<Article> ARTICLE = belongsTo(Article.class);

    public Favorite() {
    }

    public Favorite(long articleId, long userId) {
        this.articleId = articleId;
        this.userId = userId;
        this.pair = articleId + ":" + userId;
    }

    public static Query<Favorite> query() {
        return query(Favorite.class);
    }
}

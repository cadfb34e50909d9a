package org.ar4j.examples.conduit.model;

import java.time.Instant;

import org.ar4j.ActiveRecord;
import org.ar4j.CreatedAt;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.UpdatedAt;
import org.ar4j.query.Query;
import org.ar4j.relation.BelongsTo;

/** A comment on an article. */
@Table("conduit_comments")
public class Comment extends ActiveRecord<Comment> {
    @Id public Long id;
    public Long articleId;
    public Long authorId;
    public String body;
    @CreatedAt public Instant createdAt;
    @UpdatedAt public Instant updatedAt;

    public static final BelongsTo<User> AUTHOR = belongsTo(User.class);

    public static Query<Comment> query() {
        return query(Comment.class);
    }
}

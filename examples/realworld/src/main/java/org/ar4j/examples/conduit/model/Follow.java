package org.ar4j.examples.conduit.model;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Query;

/** One user following another. {@code pair} makes a second follow of the same pair a unique violation on every backend. */
@Table("conduit_follows")
public class Follow extends ActiveRecord<Follow> {
    @Id public Long id;
    public Long followerId;
    public Long followedId;
    @Column(unique = true, length = 48) public String pair;

    public Follow() {
    }

    public Follow(long followerId, long followedId) {
        this.followerId = followerId;
        this.followedId = followedId;
        this.pair = followerId + ":" + followedId;
    }

    public static Query<Follow> query() {
        return query(Follow.class);
    }
}

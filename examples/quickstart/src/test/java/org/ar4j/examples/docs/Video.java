package org.ar4j.examples.docs;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.TypeName;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.HasOne;

/** A video people comment on, stored under the type name {@code video}. */
// tag::video[]
@Table("videos")
@TypeName("video")                         // what commentable_type holds; the default would be "Video"
public class Video extends ActiveRecord<Video> {
    @Id public Long id;
    public String title;

    public static final HasMany<Comment> COMMENTS = morphMany(Comment.class, "commentable");
    public static final HasOne<Comment> PINNED = morphOne(Comment.class, "commentable");

    public List<Comment> comments() {
        return COMMENTS.get(this);
    }
}
// end::video[]

package org.ar4j.examples.docs;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.MorphTo;

/** A comment on a photo or on a video. */
@Table("comments")
// tag::comment[]
public class Comment extends ActiveRecord<Comment> {
    @Id public Long id;
    public String commentableType;          // "Photo" or "video": the target's type name
    public Long commentableId;              // its id
    public String body;

    public static final MorphTo COMMENTABLE = morphTo(Photo.class, Video.class);

    public ActiveRecord<?> commentable() {
        return COMMENTABLE.get(this);
    }
}
// end::comment[]

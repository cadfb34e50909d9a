package org.ar4j.examples.docs;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.Dependent;
import org.ar4j.relation.HasMany;

/** A photo people comment on: one side of {@link Comment#COMMENTABLE}. */
@Table("photos")
public class Photo extends ActiveRecord<Photo> {
    @Id public Long id;
    public String title;

    // tag::photo[]
    public static final HasMany<Comment> COMMENTS = morphMany(Comment.class, "commentable")
            .dependent(Dependent.DELETE_ALL);
    // end::photo[]

    public Photo() {
    }

    public Photo(String title) {
        this.title = title;
    }

    public List<Comment> comments() {
        return COMMENTS.get(this);
    }
}

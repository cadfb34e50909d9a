package org.ar4j.examples.docs;

import java.time.Instant;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.SoftDelete;
import org.ar4j.Table;
import org.ar4j.query.DefaultScope;
import org.ar4j.query.Query;
import org.ar4j.query.Where;

/** The scopes page's model: a default scope, a named scope and a soft-delete mark. */
// tag::model[]
@Table("stories")
public class Story extends ActiveRecord<Story> {
    @Id public Long id;
    public String title;
    public boolean draft;
    public int votes;
    @SoftDelete public Instant deletedAt;          // delete() sets it; reads leave such rows out

    /** Every read of stories leaves drafts out, unless a query says unscoped(). */
    public static final DefaultScope<Story> PUBLISHED = DefaultScope.of(Where.eq("draft", false));

    /** A named scope: Story.query().apply(Story::popular). */
    public static Query<Story> popular(Query<Story> q) {
        return q.where(Where.ge("votes", 100));
    }
}
// end::model[]

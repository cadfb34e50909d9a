package org.ar4j.examples.docs;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;

/** A writer's biography: the other side of a HasOne. */
@Table("biographies")
public class Biography extends ActiveRecord<Biography> {
    @Id public Long id;
    public Long writerId;
    public String text;

    public static final BelongsTo<Writer> WRITER = belongsTo(Writer.class).inverseOf("biography");
}

package org.ar4j.examples.conduit.model;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Query;

/** A tag name, shared by the articles that carry it. */
@Table("conduit_tags")
public class Tag extends ActiveRecord<Tag> {
    @Id public Long id;
    @Column(unique = true, length = 64) public String name;

    public Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public static Query<Tag> query() {
        return query(Tag.class);
    }
}

package org.ar4j.examples.docs;

import org.ar4j.ActiveRecord;
import org.ar4j.CreatedBy;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.UpdatedBy;

/** The auditing example: a page that records who created it and who edited it last. */
@Table("wiki_pages")
public class WikiPage extends ActiveRecord<WikiPage> {
    @Id public Long id;
    public String text;
    // tag::auditing[]
    @CreatedBy public String author;       // set on insert from the database's AuditorResolver
    @UpdatedBy public String editor;       // set on every write that changes something
    // end::auditing[]
}

package org.ar4j.examples.flyway;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** Release 1 of the application: authors with a name. */
@Table("fw_authors")
public class AuthorV1 extends ActiveRecord<AuthorV1> {
    @Id public Long id;
    public String name;
}

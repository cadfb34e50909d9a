package org.ar4j.examples.legacy;

import java.time.LocalDateTime;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;

/** {@code language}: a serial key, fixed-width text, a time the database fills. */
// tag::language[]
@Table("language")
public class Language extends ActiveRecord<Language> {
    @Id public Integer languageId;
    @Column(length = 20, fixedWidth = true, notNull = true) public String name;
    @Column(notNull = true, insertDefault = true) public LocalDateTime lastUpdate;
    // end::language[]

    public Language() {
    }

    public Language(String name) {
        this.name = name;
    }
}

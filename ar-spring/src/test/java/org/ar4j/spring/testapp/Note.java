package org.ar4j.spring.testapp;

import org.ar4j.ActiveRecord;
import org.ar4j.CreatedBy;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.UpdatedBy;

/** A note that records who wrote it: the auditing model of the Spring tests. */
@Table("spring_notes")
public class Note extends ActiveRecord<Note> {
    @Id public Long id;
    public String text;
    @CreatedBy public String author;
    @UpdatedBy public String editor;

    public Note() {
    }

    public Note(String text) {
        this.text = text;
    }
}

package org.ar4j.dialect.postgres;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.HasMany;

/** The two models of {@link VirtualThreadsTest}: readers and their notes. */
final class VtModels {
    private VtModels() {
    }

    /** A reader with notes. */
    @Table("vt_readers")
    public static class Reader extends ActiveRecord<Reader> {
        @Id public Long id;
        public String name;

        public static final HasMany<Note> NOTES = hasMany(Note.class).foreignKey("readerId").inverseOf("reader");

        public Reader() {
        }

        Reader(String name) {
            this.name = name;
        }
    }

    /** A note a transaction writes. */
    @Table("vt_notes")
    public static class Note extends ActiveRecord<Note> {
        @Id public Long id;
        public Long readerId;
        /** Indexed: each transaction counts its own note by text, in a table that grows to 80,000 notes. */
        @Column(index = true) public String text;

        public static final BelongsTo<Reader> READER = belongsTo(Reader.class).inverseOf("notes");
    }
}

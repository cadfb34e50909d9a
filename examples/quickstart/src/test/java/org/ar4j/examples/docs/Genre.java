package org.ar4j.examples.docs;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.HasManyThrough;

/** A genre; books and genres are many-to-many through {@link BookGenre}. */
@Table("genres")
public class Genre extends ActiveRecord<Genre> {
    /** A coarse classification, stored by name. */
    public enum Kind { FICTION, NONFICTION }

    @Id public Long id;
    public String name;

    public static final HasManyThrough<Book> BOOKS = hasManyThrough(Book.class, BookGenre.class)
            .orderBy("title").inverseOf("genres");

    public Genre() {
    }

    public Genre(String name) {
        this.name = name;
    }

    public List<Book> books() {
        return BOOKS.get(this);
    }
}

package org.ar4j.examples.docs;

// tag::join-model[]
import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

@Table("book_genres")
public class BookGenre extends ActiveRecord<BookGenre> {
    @Id public Long id;
    public Long bookId;    // refers to Book: the default key name for the Book side
    public Long genreId;   // refers to Genre
}
// end::join-model[]

package org.ar4j.examples.docs;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;

/** A review of a book. */
@Table("reviews")
public class Review extends ActiveRecord<Review> {
    @Id public Long id;
    public Long bookId;
    public int stars;
    public String text;

    public static final BelongsTo<Book> BOOK = belongsTo(Book.class).inverseOf("reviews");

    public Review() {
    }

    public Review(Book book, int stars, String text) {
        this.bookId = book.id;
        this.stars = stars;
        this.text = text;
    }

    public Book book() {
        return BOOK.get(this);
    }
}

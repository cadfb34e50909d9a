package org.ar4j.examples.docs;

import java.time.Instant;

import org.ar4j.ActiveRecord;
import org.ar4j.CreatedAt;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.UpdatedAt;
import org.ar4j.relation.BelongsTo;

/** A review of a book. */
@Table("reviews")
public class Review extends ActiveRecord<Review> {
    @Id public Long id;
    public Long bookId;
    public int stars;
    public String text;
    // tag::timestamps[]
    @CreatedAt public Instant createdAt;   // set on insert from the database's clock
    @UpdatedAt public Instant updatedAt;   // set on every write that changes something
    // end::timestamps[]

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

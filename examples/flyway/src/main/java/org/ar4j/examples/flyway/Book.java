package org.ar4j.examples.flyway;

import java.math.BigDecimal;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;

/** Release 2: a new model referring to authors. */
@Table("fw_books")
public class Book extends ActiveRecord<Book> {
    @Id public Long id;
    @Column(length = 200) public String title;
    @Column(precision = 8, scale = 2) public BigDecimal price;
    public Long authorId;

    public static final BelongsTo<Author> AUTHOR = belongsTo(Author.class).inverseOf("books");
}

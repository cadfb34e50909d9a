package org.ar4j.examples.flyway;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.HasMany;

/** Release 2: the author gained a unique e-mail address, a rating and books. */
@Table("fw_authors")
public class Author extends ActiveRecord<Author> {
    @Id public Long id;
    public String name;
    @Column(unique = true, length = 120) public String email;
    public int rating;

    public static final HasMany<Book> BOOKS = hasMany(Book.class).inverseOf("author");
}

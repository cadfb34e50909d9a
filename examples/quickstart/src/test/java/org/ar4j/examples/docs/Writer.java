package org.ar4j.examples.docs;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Query;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.HasOne;

/** A writer of books, with one biography. */
@Table("writers")
public class Writer extends ActiveRecord<Writer> {
    @Id public Long id;
    @Column(unique = true) public String name;

    // tag::writer-relations[]
    public static final HasMany<Book> BOOKS = hasMany(Book.class).inverseOf("writer");
    public static final HasOne<Biography> BIOGRAPHY = hasOne(Biography.class).inverseOf("writer");
    // end::writer-relations[]

    public Writer() {
    }

    public Writer(String name) {
        this.name = name;
    }

    public static Query<Writer> query() {
        return query(Writer.class);
    }

    public List<Book> books() {
        return BOOKS.get(this);
    }

    public Biography biography() {
        return BIOGRAPHY.get(this);
    }
}

package org.ar4j.core.internal.load;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.HasOne;

/** Models for the load-plan and linker tests: a writer with books (plain, limited, ordered) and a latest book. */
final class PlanModels {
    private PlanModels() {
    }

    /** The owner. */
    @Table("plan_writers")
    public static class Writer extends ActiveRecord<Writer> {
        @Id public Long id;
        public String name;

        public static final HasMany<Book> BOOKS = hasMany(Book.class).inverseOf("writer");
        public static final HasMany<Book> TOP_BOOKS = hasMany(Book.class).orderBy(org.ar4j.query.Order.desc("pages"))
                .limit(2);
        public static final HasOne<Book> LATEST = hasOne(Book.class).orderBy(org.ar4j.query.Order.desc("id"));

        public Writer() {
        }
    }

    /** The target. */
    @Table("plan_books")
    public static class Book extends ActiveRecord<Book> {
        @Id public Long id;
        public Long writerId;
        public int pages;

        public static final BelongsTo<Writer> WRITER = belongsTo(Writer.class).inverseOf("books");

        public Book() {
        }
    }
}

package org.ar4j.examples.docs;

import java.util.concurrent.atomic.AtomicInteger;

import org.ar4j.Database;

/** The shelf the querying pages' examples read: three writers, five books, eleven reviews; and a statement counter. */
final class Library {
    private Library() {
    }

    /**
     * Creates the docs models' tables and fills them: Le Guin, 3 books with 2, 3, 4 reviews; Butler, 2 books, the
     * second without reviews; Calvino, none. Then counts every statement but transaction control in {@code queries}.
     */
    static void fill(Database db, AtomicInteger queries) {
        db.schema().createIfMissing(Writer.class, Biography.class, Book.class, Review.class, Genre.class, BookGenre.class);
        Writer leGuin = new Writer("Le Guin").save();
        Writer butler = new Writer("Butler").save();
        new Writer("Calvino").save();
        for (int i = 1; i <= 3; i++) {
            Book b = new Book(leGuin, "Earthsea " + i, i + "0.00").save();
            for (int s = 1; s <= i + 1; s++) {
                new Review(b, s, "review " + s).save();
            }
        }
        new Review(new Book(butler, "Kindred", "12.50").save(), 5, "classic").save();
        new Book(butler, "Dawn", "9.99").save();
        db.addQueryListener(e -> {
            if (!e.isTransactionControl()) {
                queries.incrementAndGet();
            }
        });
        queries.set(0);
    }
}

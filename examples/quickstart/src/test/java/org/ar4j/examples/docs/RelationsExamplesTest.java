package org.ar4j.examples.docs;

import org.ar4j.cache.CacheConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ar4j.Database;
import org.ar4j.LazyLoadViolation;
import org.ar4j.LoadMode;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The examples of docs/relations.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class RelationsExamplesTest {
    /** A clock the cache example moves forward. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private Database db;
    private final AtomicInteger queries = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.builder().url("jdbc:sqlite::memory:").clock(clock).build();
        db.makeDefault();
        db.schema().createIfMissing(Writer.class, Biography.class, Book.class, Review.class, Genre.class, BookGenre.class);
        for (String name : List.of("Le Guin", "Butler", "Calvino")) {
            Writer w = new Writer(name).save();
            for (int i = 1; i <= 3; i++) {
                Book b = new Book(w, name + " " + i, "10.00").save();
                for (int s = 1; s <= i + 1; s++) {
                    new Review(b, s, "review " + s).save();
                }
            }
        }
        Book last = Book.query().orderBy(Order.desc("id")).first().orElseThrow();
        Book.GENRES.add(last, new Genre("classic").save());
        db.addQueryListener(e -> {
            if (!e.isTransactionControl()) {
                queries.incrementAndGet();
            }
        });
        queries.set(0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void lazy() {
        Writer butler = Writer.query().where("name", "Butler").one();
        queries.set(0);
        // tag::lazy[]
        List<Book> books = butler.books();        // one query
        List<Book> again = butler.books();        // cached: no query
        butler.hasCachedRelation("books");        // true
        butler.clearRelationCache("books");       // or clearRelationCache() for all relations
        // end::lazy[]
        assertThat(again).isSameAs(books);
        assertThat(queries.get()).isEqualTo(1);
        assertThat(butler.hasCachedRelation("books")).isFalse();
    }

    @Test
    void eager() {
        // tag::eager[]
        List<Writer> writers = Writer.query()
                .with("books", "books.reviews", "biography")
                .with("books.genres")
                .all();                            // 1 + 1 + 1 + 1 + 2 queries, whatever the row count
        for (Writer w : writers) {
            for (Book b : w.books()) {
                b.reviews().size();                // loaded: no query
                assert b.writer() == w;            // inverseOf: the same instance, no query
            }
        }
        // end::eager[]
        assertThat(queries.get()).isEqualTo(6);
        queries.set(0);
        // tag::eager-typed[]
        List<Writer> typed = Writer.query()
                .with(Writer.BOOKS, Book.REVIEWS)  // the typed form of "books.reviews": the compiler checks the names
                .with(Writer.BIOGRAPHY)
                .all();
        boolean loaded = typed.get(0).hasCachedRelation(Writer.BOOKS);   // typed cache checks too
        // end::eager-typed[]
        assertThat(loaded).isTrue();
        assertThat(queries.get()).isEqualTo(4);
    }

    @Test
    void eagerWithConditions() {
        // tag::eager-conditions[]
        List<Writer> writers = Writer.query()
                .with("books.reviews", q -> q.where(Where.ge("stars", 3)).orderBy(Order.desc("stars")))
                .all();
        // each book's reviews() now holds only its 3-star-and-better reviews, best first
        // end::eager-conditions[]
        for (Writer w : writers) {
            for (Book b : w.books()) {
                assertThat(b.reviews()).allMatch(r -> r.stars >= 3);
            }
        }
        assertThat(queries.get()).isEqualTo(3);
    }

    @Test
    void peersAndModes() {
        // tag::peers[]
        for (Writer w : Writer.query().all()) {   // 1 query
            w.books().size();                     // the first access loads every writer's books: 1 query
        }
        // end::peers[]
        assertThat(queries.get()).isEqualTo(2);
        queries.set(0);
        // tag::modes[]
        for (Writer w : Writer.query().loadMode(LoadMode.ONE).all()) {
            w.books().size();                     // classic lazy loading: one query per writer
        }
        db.setLoadMode(LoadMode.STRICT);          // every relation must be eager-loaded
        assertThatThrownBy(() -> Writer.query().all().get(0).books())
                .isInstanceOf(LazyLoadViolation.class)
                .hasMessageContaining("Writer.books");
        // end::modes[]
        assertThat(queries.get()).isEqualTo(5);
    }

    @Test
    void perOwnerLimit() {
        // tag::per-owner-limit[]
        // Book.TOP_REVIEWS = hasMany(Review.class).where(ge("stars", 4))
        //         .orderBy(desc("stars"), asc("id")).limit(2);
        List<Book> books = Book.query().with("topReviews").all();   // 2 queries: each book gets its own top 2
        // end::per-owner-limit[]
        for (Book b : books) {
            assertThat(Book.TOP_REVIEWS.get(b)).hasSizeLessThanOrEqualTo(2).allMatch(r -> r.stars >= 4);
        }
        assertThat(queries.get()).isEqualTo(2);
    }

    @Test
    void manyToMany() {
        Book book = Book.query().orderBy("id").first().orElseThrow();
        // tag::through[]
        Genre sf = new Genre("science fiction").save();
        Book.GENRES.add(book, sf);                 // inserts a BookGenre row
        List<Genre> genres = book.genres();        // 2 queries: join rows, then genres
        List<Book> books = sf.books();             // the other direction
        Book.GENRES.remove(book, sf);              // deletes the join row
        // end::through[]
        assertThat(genres).extracting(g -> g.name).containsExactly("science fiction");
        assertThat(books).extracting(b -> b.id).containsExactly(book.id);
        assertThat(Book.GENRES.query(book).count()).isZero();
    }

    @Test
    void cacheExpiry() {
        Book book = Book.query().orderBy("id").first().orElseThrow();
        queries.set(0);
        // tag::cache[]
        // Book.REVIEWS is declared with .cache(CacheConfig.ttl(Duration.ofMinutes(5)).keepAtMost(10_000))
        book.reviews();                             // query
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        book.reviews();                             // expired: queried again
        book.save();                                // save(), delete() and reload() clear the caches too
        // end::cache[]
        assertThat(queries.get()).isEqualTo(2);
        assertThat(book.hasCachedRelation("reviews")).isFalse();
    }

    @Test
    void cascades() {
        Writer w = Writer.query().where("name", "Calvino").one();
        List<Long> bookIds = new ArrayList<>();
        w.books().forEach(b -> bookIds.add(b.id));
        // tag::cascade[]
        // Book.REVIEWS is declared with .dependent(Dependent.DELETE_ALL)
        Book book = Book.query().where("title", "Calvino 1").one();
        book.delete();                              // deletes its reviews in bulk, then the book, in one transaction
        // end::cascade[]
        assertThat(Review.query(Review.class).where(Where.eq("bookId", book.id)).count()).isZero();
        assertThat(bookIds).contains(book.id);
    }
}

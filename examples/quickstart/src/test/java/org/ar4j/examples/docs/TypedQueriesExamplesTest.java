package org.ar4j.examples.docs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.ar4j.Database;
import org.ar4j.query.Tuple;
import org.ar4j.query.Where;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of docs/typed-queries.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class TypedQueriesExamplesTest {
    private Database db;
    private final AtomicInteger queries = new AtomicInteger();
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @BeforeEach
    void open() {
        db = Database.builder().url("jdbc:sqlite::memory:").clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        db.makeDefault();
        Library.fill(db, queries);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void typedConditions() {
        // tag::where[]
        List<Book> cheap = Book.query()
                .where(Where.and(Book_.price.lt(new BigDecimal("15")), Book_.title.startsWith("Earthsea")))
                .orderBy(Book_.price.desc(), Book_.id.asc())
                .all();                                                   // Earthsea 1
        BigDecimal total = Book.query().sum(Book_.price);                 // exact: 82.49
        Optional<String> last = Book.query().max(Book_.title);            // Kindred
        List<Writer> prolific = Writer.query()
                .where(Where.has(Writer_.books, Book_.price.ge(new BigDecimal("20"))))
                .withCount(Writer_.books)
                .withSum(Writer_.books, Book_.price)
                .orderBy(Writer_.name.asc()).all();                       // Le Guin: 3 books, 60.00
        // end::where[]
        assertThat(cheap).extracting(b -> b.title).containsExactly("Earthsea 1");
        assertThat(total).isEqualByComparingTo("82.49");
        assertThat(last).contains("Kindred");
        assertThat(prolific).extracting(w -> w.name).containsExactly("Le Guin");
        assertThat(Writer.BOOKS.count(prolific.get(0))).isEqualTo(3);
        assertThat(Writer.BOOKS.sum(prolific.get(0), "price", BigDecimal.class)).isEqualByComparingTo("60.00");
    }

    // tag::row[]
    record BookLine(Long id, String title, BigDecimal price, String writer) { }
    // end::row[]

    @Test
    void projections() {
        queries.set(0);
        // tag::select[]
        List<BookLine> lines = Book.query()
                .where(Book_.price.gt(new BigDecimal("10")))
                .orderBy(Book_.id.asc())
                .select(Book_.id, Book_.title, Book_.price, Book_.writer.then(Writer_.name))
                .into(BookLine.class);            // one statement on SQL (a join), no Book records built
        // end::select[]
        assertThat(queries.get()).isEqualTo(1);
        assertThat(lines).extracting(BookLine::writer).containsExactly("Le Guin", "Le Guin", "Butler");
        // tag::order-related[]
        List<Book> byWriter = Book.query()
                .orderBy(Book_.writer.then(Writer_.name).asc(), Book_.title.asc())   // a join on SQL backends
                .all();
        // end::order-related[]
        assertThat(byWriter.get(0).writer().name).isEqualTo("Butler");
        // tag::tuples[]
        try (Stream<Tuple> rows = Book.query().orderBy(Book_.id.asc())
                .select(Book_.title, Book_.price).streamTuples()) {
            rows.forEach(t -> System.out.println(t.get(Book_.title) + ": " + t.get(Book_.price)));
        }
        // end::tuples[]
    }

    @Test
    void lockingReads() {
        // tag::locking[]
        db.transaction(() -> {
            Book book = Book.query().where(Book_.title.eq("Dawn")).forUpdate().one();
            book.price = book.price.add(BigDecimal.ONE);   // no other writer can change the row meanwhile
            book.save();
        });
        // end::locking[]
        assertThat(Book.query().where(Book_.title.eq("Dawn")).one().price).isEqualByComparingTo("10.99");
    }

    // tag::report-row[]
    record WriterTotal(Long writerId, Long books, BigDecimal total) { }
    // end::report-row[]

    @Test
    void nativeSql() {
        // tag::native[]
        List<WriterTotal> totals = db.sql(WriterTotal.class,
                "SELECT writer_id, COUNT(*) AS books, SUM(price) AS total FROM books"
                        + " WHERE title <> ? GROUP BY writer_id ORDER BY writer_id", "Dawn");
        List<Book> recent = db.sql(Book.class, "SELECT * FROM books WHERE title LIKE ? ORDER BY id", "Earthsea%");
        recent.get(0).title = "A Wizard of Earthsea";
        recent.get(0).save();                              // records from native SQL save like any other
        // end::native[]
        assertThat(totals).extracting(WriterTotal::books).containsExactly(3L, 1L);
        assertThat(totals.get(0).total()).isEqualByComparingTo("60.00");
        assertThat(Book.query().whereId(recent.get(0).id).one().title).isEqualTo("A Wizard of Earthsea");
    }

    @Test
    void timestamps() {
        Book book = Book.query().where(Book_.title.eq("Kindred")).one();
        // tag::timestamps-use[]
        Review review = new Review(book, 4, "again").save();
        // review.createdAt and review.updatedAt: the database clock's instant
        // end::timestamps-use[]
        assertThat(review.createdAt).isEqualTo(NOW);
        assertThat(review.updatedAt).isEqualTo(NOW);
        assertThat(Review.query(Review.class).where(Review_.createdAt.eq(NOW)).count()).isEqualTo(11);
    }
}

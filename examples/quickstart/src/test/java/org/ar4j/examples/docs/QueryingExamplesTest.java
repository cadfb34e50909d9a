package org.ar4j.examples.docs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.ar4j.Database;
import org.ar4j.query.GroupRow;
import org.ar4j.query.Order;
import org.ar4j.query.Page;
import org.ar4j.query.Where;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of docs/querying.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class QueryingExamplesTest {
    private Database db;
    private final AtomicInteger queries = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.builder().url("jdbc:sqlite::memory:").build();
        db.makeDefault();
        Library.fill(db, queries);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void relationPredicates() {
        // tag::has[]
        List<Writer> praised = Writer.query()
                .where(Where.has("books.reviews", Where.ge("stars", 4)))
                .orderBy("name").all();                          // Butler, Le Guin
        long unreviewed = Book.query().where(Where.hasNo("reviews")).count();   // 1 (Dawn)
        // end::has[]
        assertThat(praised).extracting(w -> w.name).containsExactly("Butler", "Le Guin");
        assertThat(unreviewed).isEqualTo(1);
        assertThat(queries.get()).isEqualTo(2);
    }

    @Test
    void perOwnerAggregates() {
        // tag::with-count[]
        List<Writer> writers = Writer.query().orderBy("name")
                .withCount("books")
                .withSum("books", "price")
                .all();                                           // 3 queries: writers, counts, sums
        for (Writer w : writers) {
            long books = Writer.BOOKS.count(w);                   // no query: attached
            BigDecimal value = Writer.BOOKS.sum(w, "price", BigDecimal.class);
            System.out.println(w.name + ": " + books + " books, " + value);
        }
        // end::with-count[]
        assertThat(queries.get()).isEqualTo(3);
        assertThat(writers).extracting(w -> Writer.BOOKS.count(w)).containsExactly(2L, 0L, 3L);
        assertThat(Writer.BOOKS.sum(writers.get(2), "price", BigDecimal.class)).isEqualByComparingTo("60.00");
        assertThat(Writer.BOOKS.sum(writers.get(1), "price", BigDecimal.class)).isEqualByComparingTo("0");
    }

    @Test
    void aggregates() {
        // tag::aggregates[]
        BigDecimal total = Book.query().sum("price", BigDecimal.class);      // 82.49, exact
        Optional<BigDecimal> cheapest = Book.query().min("price", BigDecimal.class);
        double meanStars = Review.query(Review.class).average("stars").orElse(0);
        List<Integer> stars = Review.query(Review.class).pluckDistinct("stars", Integer.class); // [1, 2, 3, 4, 5]
        // end::aggregates[]
        assertThat(total).isEqualByComparingTo("82.49");
        assertThat(cheapest).contains(new BigDecimal("9.99"));
        assertThat(meanStars).isEqualTo(24.0 / 10);
        assertThat(stars).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void grouping() {
        // tag::group-by[]
        List<GroupRow> busy = Review.query(Review.class)
                .groupBy(Review_.bookId).count().average(Review_.stars).max(Review_.stars)
                .having(Where.ge("count", 3))
                .rows();                                          // one statement
        for (GroupRow row : busy) {
            Long book = row.get(Review_.bookId);                  // typed by the metamodel
            System.out.println("book " + book + ": " + row.count() + " reviews, mean "
                    + row.average(Review_.stars).getAsDouble() + ", best " + row.max(Review_.stars).orElseThrow());
        }
        // end::group-by[]
        assertThat(busy).extracting(GroupRow::count).containsExactly(3L, 4L);
        assertThat(busy.get(1).average("stars").getAsDouble()).isEqualTo(2.5);
        assertThat(queries.get()).isEqualTo(1);
    }

    @Test
    void pages() {
        // tag::pages[]
        List<String> titles = new ArrayList<>();
        Page<Book> page = Book.query().orderBy(Order.desc("price")).page(2);
        titles.addAll(page.items().stream().map(b -> b.title).toList());
        while (page.hasNext()) {
            page = Book.query().orderBy(Order.desc("price")).after(page.last().orElseThrow()).page(2);
            titles.addAll(page.items().stream().map(b -> b.title).toList());
        }
        Page<Book> second = Book.query().orderBy("title").page(2, 2, true);   // page 2 of size 2, with a total
        // end::pages[]
        assertThat(titles).containsExactly("Earthsea 3", "Earthsea 2", "Kindred", "Earthsea 1", "Dawn");
        assertThat(second.items()).extracting(b -> b.title).containsExactly("Earthsea 2", "Earthsea 3");
        assertThat(second.total()).hasValue(5);
    }

    @Test
    void upsert() {
        // tag::upsert[]
        Writer leGuin = new Writer("Le Guin");         // name is @Column(unique = true): already stored
        Writer jemisin = new Writer("Jemisin");        // new
        db.upsertAll(List.of(leGuin, jemisin), "name"); // one upsert, one read of the ids
        // end::upsert[]
        assertThat(leGuin.id).isEqualTo(Writer.query().where(Where.eq("name", "Le Guin")).one().id);
        assertThat(jemisin.isNewRecord()).isFalse();
        assertThat(Writer.query().count()).isEqualTo(4);
        assertThat(queries.get()).isEqualTo(4);
    }
}

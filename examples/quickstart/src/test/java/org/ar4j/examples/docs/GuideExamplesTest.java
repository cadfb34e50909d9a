package org.ar4j.examples.docs;

// tag::imports[]
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.Change;
import org.ar4j.Database;
import org.ar4j.QueryEvent;
import org.ar4j.QueryException;
import org.ar4j.ValidationException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.ar4j.query.Where.and;
import static org.ar4j.query.Where.eq;
import static org.ar4j.query.Where.gt;
import static org.ar4j.query.Where.in;
import static org.ar4j.query.Where.like;
import static org.ar4j.query.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
// end::imports[]

/** The examples of docs/guide.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class GuideExamplesTest {
    private Database db;

    @BeforeEach
    void open() {
        // tag::connect[]
        db = Database.connect("jdbc:sqlite::memory:");   // or Database.connect() for AR_DATABASE_URL
        db.schema().createIfMissing(Writer.class, Biography.class, Book.class, Review.class,
                Genre.class, BookGenre.class);
        // end::connect[]
        db.makeDefault();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void crud() {
        // tag::crud[]
        Writer ursula = new Writer("Ursula K. Le Guin").save();           // INSERT, id generated
        Book book = new Book(ursula, "The Dispossessed", "12.50");
        book.published = LocalDate.of(1974, 5, 1);
        book.save();

        book.price = new BigDecimal("9.99");
        assertThat(book.changedFields()).containsExactly("price");
        book.save();                                                     // UPDATE of price only

        Optional<Book> found = ActiveRecord.find(Book.class, book.id);
        Book same = ActiveRecord.findOrFail(Book.class, book.id);        // RecordNotFoundException if absent
        boolean exists = ActiveRecord.exists(Book.class, book.id);

        same.reload();                                                   // re-read every field
        same.delete();
        // end::crud[]
        assertThat(found).isPresent();
        assertThat(exists).isTrue();
        assertThat(Book.query().count()).isZero();
    }

    @Test
    void dirtyTracking() {
        Writer ursula = new Writer("Ursula K. Le Guin").save();
        Book book = new Book(ursula, "The Dispossessed", "12.50").save();
        // tag::dirty[]
        book.price = new BigDecimal("9.99");
        Object was = book.original("price");                       // 12.50: as loaded or last saved
        Map<String, Change> pending = book.changes();              // {price=Change[before=12.50, after=9.99]}
        book.save();
        Map<String, Change> written = book.savedChanges();         // the same change, now written
        boolean clean = book.changes().isEmpty();                  // true
        // end::dirty[]
        assertThat(was).isEqualTo(new BigDecimal("12.50"));
        assertThat(pending).containsOnlyKeys("price");
        assertThat(written.get("price")).isEqualTo(new Change(new BigDecimal("12.50"), new BigDecimal("9.99")));
        assertThat(clean).isTrue();
    }

    @Test
    void queries() {
        Writer w = new Writer("Octavia Butler").save();
        for (String[] b : new String[][] {{"Kindred", "10.00"}, {"Dawn", "8.00"}, {"Fledgling", "11.00"}}) {
            new Book(w, b[0], b[1]).save();
        }
        // tag::queries[]
        List<Book> cheap = Book.query()
                .where(and(gt("price", new BigDecimal("5")), like("title", "%d%")))
                .orderBy(Order.desc("price"), Order.asc("title"))
                .limit(10)
                .all();

        long count = Book.query().where(or(eq("title", "Dawn"), in("title", "Kindred", "Wild Seed"))).count();
        boolean any = Book.query().where("title", "Dawn").exists();
        List<String> titles = Book.query().orderBy("title").pluck("title", String.class);
        Book first = Book.query().orderBy("id").first().orElseThrow();
        Book kindred = Book.query().where("title", "Kindred").one();     // exactly one, else an error
        List<Book> page = Book.query().orderBy("title").offset(1).limit(1).all();   // the second page of one

        long repriced = Book.query().where(Where.lt("price", new BigDecimal("9")))
                .updateAll(Map.of("price", new BigDecimal("9.00")));      // one UPDATE statement
        long removed = Book.query().where("title", "Dawn").deleteAll();  // one DELETE statement, no hooks
        try (Stream<Book> all = Book.query().orderBy("id").stream()) {    // streams without loading all
            all.forEach(b -> System.out.println(b.title));
        }
        // end::queries[]
        assertThat(cheap).extracting(b -> b.title).containsExactly("Fledgling", "Kindred");
        assertThat(count).isEqualTo(2);
        assertThat(any).isTrue();
        assertThat(titles).containsExactly("Dawn", "Fledgling", "Kindred");
        assertThat(first.title).isEqualTo("Kindred");
        assertThat(kindred.title).isEqualTo("Kindred");
        assertThat(repriced).isEqualTo(1);
        assertThat(page).extracting(b -> b.title).containsExactly("Fledgling");
        assertThat(removed).isEqualTo(1);
        assertThat(Book.query().count()).isEqualTo(2);
    }

    @Test
    void badInput() {
        // tag::bad-input[]
        assertThatThrownBy(() -> Book.query().where("tittle", "Dune").all())
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("Unknown field 'tittle' on model Book")
                .hasMessageContaining("Did you mean 'title'?");
        assertThatThrownBy(() -> Book.query().where("price", "cheap").all())
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("Book.price");
        // end::bad-input[]
    }

    @Test
    void validationAndTransactions() {
        Writer w = new Writer("Italo Calvino").save();
        // tag::validation[]
        Book invalid = new Book(w, " ", "-1");
        assertThatThrownBy(invalid::save)
                .isInstanceOf(ValidationException.class)
                .hasMessage("Book is invalid: title must not be blank; price must not be negative");
        assertThat(invalid.isNewRecord()).isTrue();                       // nothing was written
        // end::validation[]

        // tag::transactions[]
        db.transaction(() -> {
            new Book(w, "Invisible Cities", "14.00").save();
            new Book(w, "If on a winter's night a traveler", "15.00").save();
        });                                                               // both or neither
        assertThatThrownBy(() -> db.transaction(() -> {
            new Book(w, "Cosmicomics", "13.00").save();
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class);                   // rolled back
        long books = db.inTransaction(() -> Book.query().count());
        // end::transactions[]
        assertThat(books).isEqualTo(2);
    }

    @Test
    void queryListener() {
        // tag::listener[]
        List<QueryEvent> seen = new ArrayList<>();
        db.addQueryListener(seen::add);
        Book.query().where("title", "Dune").all();
        QueryEvent e = seen.get(0);
        System.out.println(e.operation() + " " + e.text() + " -> " + e.outcome().rows() + " rows in " + e.outcome().duration());
        // end::listener[]
        assertThat(seen).hasSize(1);
        assertThat(e.parameters().count()).isEqualTo(1);
        assertThat(e.text()).doesNotContain("Dune");
    }
}

package org.ar4j.examples.docs;

import java.util.Iterator;
import java.util.stream.Stream;

import org.ar4j.BackendException;
import org.ar4j.Database;
import org.ar4j.Retry;
import org.ar4j.TransactionRolledBackException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The examples of docs/transactions.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class TransactionsExamplesTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.connect("jdbc:sqlite::memory:");
        db.schema().createIfMissing(Writer.class, Biography.class, Book.class, Review.class, Genre.class,
                BookGenre.class);
        db.makeDefault();
        new Writer("Italo Calvino").save();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void caughtFailure() {
        // tag::caught[]
        Writer alice = new Writer("Alice Munro");
        Writer duplicate = new Writer("Italo Calvino");         // the name is unique and taken
        assertThatThrownBy(() -> db.transaction(() -> {
            alice.save();
            try {
                duplicate.save();                               // the statement fails...
            } catch (BackendException e) {
                // ...and is caught, but the transaction is now rollback-only
            }
        })).isInstanceOf(TransactionRolledBackException.class); // nothing is committed
        assertThat(alice.isNewRecord()).isTrue();               // and alice is new again, id cleared
        // end::caught[]
        assertThat(alice.id).isNull();
        assertThat(Writer.query().count()).isEqualTo(1);
    }

    @Test
    void nested() {
        // tag::nested[]
        Writer alice = new Writer("Alice Munro");
        Writer bob = new Writer("Bob Dylan");
        db.transaction(() -> {
            alice.save();
            try {
                db.transaction(() -> new Writer("Italo Calvino").save());   // a savepoint
            } catch (BackendException e) {
                // only the savepoint's work is undone; the outer transaction goes on
            }
            bob.save();
        });                                                                // alice and bob are committed
        // end::nested[]
        assertThat(Writer.query().orderBy("name").pluck("name", String.class))
                .containsExactly("Alice Munro", "Bob Dylan", "Italo Calvino");
    }

    @Test
    void retry() {
        // tag::retry[]
        Writer w = new Writer("Jorge Luis Borges");
        assertThatThrownBy(() -> db.transaction(() -> {
            w.save();                                  // inserted, id assigned...
            throw new IllegalStateException("abort");  // ...and rolled back
        })).isInstanceOf(IllegalStateException.class);
        assertThat(w.isNewRecord()).isTrue();          // the record follows the data
        w.save();                                      // so a retry inserts, exactly once
        // end::retry[]
        assertThat(Writer.query().where("name", "Jorge Luis Borges").count()).isEqualTo(1);
    }

    @Test
    void retryOnConflict() {
        Writer created = new Writer("Ursula K. Le Guin").save();
        // tag::retry-on-conflict[]
        db.transaction(Retry.onConflict(5), () -> {
            Writer w = Writer.query().whereId(created.id).one();   // read inside: a rerun sees the other write
            w.name = w.name.toUpperCase(java.util.Locale.ROOT);
            w.save();
        });
        // end::retry-on-conflict[]
        assertThat(Writer.query().whereId(created.id).one().name).isEqualTo("URSULA K. LE GUIN");
    }

    @Test
    void stream() {
        // tag::stream[]
        try (Stream<Writer> writers = Writer.query().stream()) {
            Iterator<Writer> it = writers.iterator();
            Writer first = it.next();
            new Writer("Written while streaming").save();   // commits at once, on another connection
            assertThat(Writer.query().count()).isEqualTo(2);
        }
        // end::stream[]
    }

    @Test
    @SuppressWarnings("try") // a binding is used by being open
    void binding() {
        try (Database archive = Database.connect("jdbc:sqlite::memory:")) {
            archive.schema().createIfMissing(Writer.class);
            // tag::binding[]
            try (Database.Binding bound = archive.bindToThread()) {   // statics on this thread use archive
                new Writer("Natalia Ginzburg").save();
                assertThat(Writer.query().count()).isEqualTo(1);
            }
            assertThat(Writer.query().count()).isEqualTo(1);            // the default again: Italo Calvino
            long archived = archive.bind(() -> Writer.query().count());   // the same for one call
            // end::binding[]
            assertThat(archived).isEqualTo(1);
            assertThat(db.query(Writer.class).pluck("name", String.class)).containsExactly("Italo Calvino");
        }
    }
}

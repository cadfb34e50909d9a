package org.ar4j.examples.docs;

import java.math.BigDecimal;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.query.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The inheritance examples of docs/guide.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class InheritanceExamplesTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.builder().url("jdbc:sqlite::memory:").build();
        db.makeDefault();
        db.schema().createIfMissing(Payment.class, Invoice.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void singleTable() {
        // tag::use[]
        Payment.Card card = new Payment.Card();
        card.amount = new BigDecimal("12.50");
        card.last4 = "4242";
        card.save();                                            // type = "Card"
        Payment.Transfer transfer = new Payment.Transfer();
        transfer.amount = new BigDecimal("300.00");
        transfer.iban = "NO93 8601 1117 947";
        transfer.save();                                        // type = "bank"

        List<? extends Payment> all = Payment.query().orderBy("id").all();   // a Card, then a Transfer
        Query<Payment.Card> cards = Payment.Card.query();                   // query(Payment.class).ofType(Card.class)
        String last4 = cards.one().last4;
        // end::use[]
        assertThat(all).extracting(p -> p.getClass().getSimpleName()).containsExactly("Card", "Transfer");
        assertThat(last4).isEqualTo("4242");
        assertThat(ActiveRecord.query(Payment.class).pluck("type", String.class)).containsExactlyInAnyOrder("Card", "bank");
        assertThat(db.schema().validate(Payment.class).problems()).isEmpty();
    }

    @Test
    void mappedSuperclass() {
        Invoice invoice = new Invoice();
        invoice.number = "2026-001";
        invoice.save();
        Invoice read = ActiveRecord.findOrFail(Invoice.class, invoice.id);
        assertThat(read.createdAt).isNotNull();
        assertThat(read.number).isEqualTo("2026-001");
    }

    @Test
    void migrateAddsASubclasssColumns() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ar4j-sti", ".db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE payments (id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT,"
                    + " amount TEXT)");   // the table before cards and transfers
        }
        try (Database other = Database.connect("jdbc:sqlite:" + file)) {
            assertThat(other.schema().validate(Payment.Card.class).problems()).isNotEmpty();
            other.schema().migrate(Payment.Card.class);
            assertThat(other.schema().validate(Payment.class).problems()).isEmpty();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}

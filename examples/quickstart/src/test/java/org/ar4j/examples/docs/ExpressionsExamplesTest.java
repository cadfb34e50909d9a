package org.ar4j.examples.docs;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The expressions examples of docs/querying.md, compiled and run. */
class ExpressionsExamplesTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.builder().url("jdbc:sqlite::memory:").build();
        db.makeDefault();
        db.schema().createIfMissing(Ticket.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void expressions() {
        Ticket t = new Ticket();
        t.event = "Opening Night";
        t.seats = 2;
        t.sold = 0;
        t.capacity = 2;
        t.save();
        // tag::sell[]
        long sold = ActiveRecord.query(Ticket.class)
                .where(Ticket_.id.eq(t.id)).where(Ticket_.seats.gt(0))
                .updateAll(Ticket_.seats.minus(1), Ticket_.sold.plus(1));   // 1 when a seat was left, else 0
        // end::sell[]
        // tag::compare[]
        long full = ActiveRecord.query(Ticket.class).where(Ticket_.sold.geField(Ticket_.capacity)).count();
        long found = ActiveRecord.query(Ticket.class).where(Ticket_.event.equalsIgnoreCase("OPENING night")).count();
        ActiveRecord.query(Ticket.class).updateAll(Ticket_.capacity.setTo(Ticket_.sold));   // SQL backends
        // end::compare[]
        assertThat(sold).isEqualTo(1);
        assertThat(full).isZero();
        assertThat(found).isEqualTo(1);
        Ticket read = db.find(Ticket.class, t.id).orElseThrow();
        assertThat(read.seats).isEqualTo(1);
        assertThat(read.capacity).isEqualTo(1);
    }
}

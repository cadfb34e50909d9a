package org.ar4j.examples.docs;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.CommittedChange;
import org.ar4j.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The commit-hook and outbox examples of docs/transactions.md, compiled and run. */
class CommitHooksExamplesTest {
    private Database db;
    /** Stands for a message broker. */
    private final List<String> broker = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.builder().url("jdbc:sqlite::memory:").build();
        db.makeDefault();
        db.schema().createIfMissing(Purchase.class, OutboxMessage.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void publish(String topic, String payload) {
        broker.add(topic + " " + payload);
    }

    @Test
    void outbox() {
        // tag::outbox[]
        db.addCommitListener(changes -> {
            for (CommittedChange c : changes) {
                if (c.record() instanceof OutboxMessage m && c.kind() == CommittedChange.Kind.CREATED) {
                    publish(m.topic, m.payload);   // the message's row is committed: publishing cannot run ahead
                    m.delete();                    // a commit of its own; a crash before it leaves the row to resend
                }
            }
        });

        Purchase p = new Purchase();
        p.item = "book";
        db.transaction(() -> p.save());              // purchase + outbox row commit together, then one publish

        assertThatThrownBy(() -> db.transaction(() -> {
            Purchase q = new Purchase();
            q.item = "lamp";
            q.save();
            throw new IllegalStateException("payment refused");
        }));                                         // rolled back: no row, no message, nothing published
        // end::outbox[]
        assertThat(broker).containsExactly("purchase.created {\"id\":" + p.id + "}");
        assertThat(ActiveRecord.query(Purchase.class).count()).isEqualTo(1);
        assertThat(ActiveRecord.query(OutboxMessage.class).count()).as("published and deleted").isZero();
    }
}

package org.ar4j.examples.docs;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** The commit-hooks example: a purchase that writes an outbox row in its own transaction. */
// tag::model[]
@Table("purchases")
public class Purchase extends ActiveRecord<Purchase> {
    @Id public Long id;
    public String item;

    @Override
    protected void afterCreate() {                 // inside the purchase's transaction: both rows or neither
        OutboxMessage m = new OutboxMessage();
        m.topic = "purchase.created";
        m.payload = "{\"id\":" + id + "}";
        m.save();
    }

    @Override
    protected void afterCommit() {                 // after the commit, outside it: the purchase is stored
        System.out.println("purchase " + id + " is stored");
    }
}
// end::model[]

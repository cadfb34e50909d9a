package org.ar4j.examples.docs;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** The outbox of the commit-hooks example: messages to publish once their transaction committed. */
// tag::model[]
@Table("outbox")
public class OutboxMessage extends ActiveRecord<OutboxMessage> {
    @Id public Long id;
    public String topic;
    public String payload;
}
// end::model[]

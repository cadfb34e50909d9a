package org.ar4j.examples.docs;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** The expressions example: seats of an event, sold by updates computed in the database. */
// tag::model[]
@Table("event_tickets")
public class Ticket extends ActiveRecord<Ticket> {
    @Id public Long id;
    public String event;
    public Integer seats;        // seats left
    public Integer sold;
    public Integer capacity;
}
// end::model[]

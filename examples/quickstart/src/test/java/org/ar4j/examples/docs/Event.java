package org.ar4j.examples.docs;

import java.util.UUID;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

@Table("events")
public class Event extends ActiveRecord<Event> {
    // tag::uuid-v7[]
    @Id(generated = Id.Generated.UUID_V7) public UUID id;   // made in the JVM on insert, time-ordered
    // end::uuid-v7[]
    public String name;

    public Event() {
    }

    public Event(String name) {
        this.name = name;
    }
}

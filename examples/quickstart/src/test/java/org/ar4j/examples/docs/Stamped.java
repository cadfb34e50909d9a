package org.ar4j.examples.docs;

import java.time.Instant;

import org.ar4j.ActiveRecord;
import org.ar4j.CreatedAt;
import org.ar4j.Id;

/** A mapped superclass: fields every subclass's table gets. */
// tag::mapped[]
public abstract class Stamped<M extends Stamped<M>> extends ActiveRecord<M> {
    @Id public Long id;
    @CreatedAt public Instant createdAt;
}
// end::mapped[]

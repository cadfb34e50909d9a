package org.ar4j.examples.docs;

import org.ar4j.Table;

/** A model over the mapped superclass {@link Stamped}: table "invoices" has id, created_at and number. */
// tag::invoice[]
@Table("invoices")
public class Invoice extends Stamped<Invoice> {
    public String number;
}
// end::invoice[]

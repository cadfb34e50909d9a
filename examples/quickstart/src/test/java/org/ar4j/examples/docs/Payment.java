package org.ar4j.examples.docs;

import java.math.BigDecimal;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Inheritance;
import org.ar4j.Table;
import org.ar4j.TypeName;
import org.ar4j.query.Query;

/** The root of a single-table hierarchy; its subclasses are nested to keep the example in one place. */
// tag::hierarchy[]
@Table("payments")
@Inheritance(subclasses = {Payment.Card.class, Payment.Transfer.class})   // discriminator: the field "type"
public class Payment extends ActiveRecord<Payment> {
    @Id public Long id;
    public String type;                                     // "Payment", "Card" or "bank": set on insert
    @Column(precision = 12, scale = 2) public BigDecimal amount;

    public static Query<? extends Payment> query() {         // every payment, each as its class
        return query(Payment.class);
    }

    /** A card payment: its fields are columns of "payments", empty in other rows. */
    public static class Card extends Payment {
        public String last4;

        public static Query<Card> query() {                  // cards only
            return query(Payment.class).ofType(Card.class);
        }
    }

    /** A bank transfer, stored under a name of its own. */
    @TypeName("bank")
    public static class Transfer extends Payment {
        public String iban;
    }
}
// end::hierarchy[]

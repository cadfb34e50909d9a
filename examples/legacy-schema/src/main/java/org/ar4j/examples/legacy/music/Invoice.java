package org.ar4j.examples.legacy.music;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;

/** {@code invoice}: a 32-bit AUTO_INCREMENT key, DATETIME, a fixed-width country code, money with a default. */
@Table("invoice")
public class Invoice extends ActiveRecord<Invoice> {
    @Id public Integer invoiceId;
    @Column(notNull = true) public LocalDateTime invoiceDate;
    @Column(length = 2, fixedWidth = true, notNull = true) public String billingCountry;
    @Column(precision = 10, scale = 2, notNull = true, insertDefault = true) public BigDecimal total;

    public Invoice() {
    }
}

package org.ar4j.dialect.mysql;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** A shared counter the Galera cluster checks increment from every node. */
@Table("galera_counters")
public class GaleraCounter extends ActiveRecord<GaleraCounter> {
    @Id public Long id;
    public long value;
}

package org.ar4j.dialect.postgres;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** One write of the failover test: {@code n} is unique per write, so each acknowledged write can be looked up. */
@Table("failover_rows")
public class FailoverRow extends ActiveRecord<FailoverRow> {
    @Id public Long id;
    public long n;
}

package org.ar4j.spring.testapp;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Query;

/** A ledger entry: the model the Spring tests write through ar4j and read back through JdbcTemplate. */
@Table("spring_entries")
public class Entry extends ActiveRecord<Entry> {
    @Id public Long id;
    @Column(unique = true) public String memo;

    public Entry() {
    }

    public Entry(String memo) {
        this.memo = memo;
    }

    public static Query<Entry> query() {
        return query(Entry.class);
    }
}

package org.ar4j.spring.testapp;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.TenantId;

/** A board of one tenant: the tenancy model of the Spring tests. */
@Table("spring_boards")
public class Board extends ActiveRecord<Board> {
    @Id public Long id;
    @TenantId public String tenant;
    public String title;

    public Board() {
    }

    public Board(String title) {
        this.title = title;
    }
}

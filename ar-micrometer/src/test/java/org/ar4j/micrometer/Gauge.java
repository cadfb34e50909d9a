package org.ar4j.micrometer;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;

/** A model for the metrics test. */
@Table("metric_gauges")
public class Gauge extends ActiveRecord<Gauge> {
    @Id public Long id;
    @Column(unique = true) public String name;

    public Gauge() {
    }

    Gauge(String name) {
        this.name = name;
    }
}

package org.ar4j.tck.reliability;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** A narrow row for streaming and restart checks. */
@Table("tck_stream_rows")
public class StreamRow extends ActiveRecord<StreamRow> {
    @Id public Long id;
    public int n;
    public String label;
}

package org.ar4j.tck.reliability;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** One row the replica checks write and read back. */
@Table("tck_replica_notes")
public class ReplicaNote extends ActiveRecord<ReplicaNote> {
    @Id public Long id;
    public int n;
}

package org.ar4j.core.internal;

import org.ar4j.LoadMode;

/** What ar4j keeps on each record: where it lives, what was loaded, and its peers. */
final class RecordState {
    DatabaseImpl db;
    boolean persisted;
    /** Canonical values as last loaded or saved, by field index; null for new records. */
    Object[] snapshot;
    /** The records that came from the same multi-row query, for peer loading; may be null. */
    PeerGroup peers;
    /** The load mode of the query the record came from; null means the database's. */
    LoadMode loadMode;
    /** Relation values cached on this record by the default relation cache; null until one is. */
    RelationSlots relations;
}

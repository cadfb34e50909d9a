package org.ar4j.core.internal.session;

import org.ar4j.LoadMode;

/** What ar4j keeps on each record: where it lives, what was loaded, and its peers. Not thread-safe. */
public final class RecordState {
    /** The database the record was loaded from or written to; null for a record never written. */
    public Session db;
    /** Whether the record's row exists (as far as this record knows). */
    public boolean persisted;
    /** Canonical values as last loaded or saved, by field index; null for new records. */
    public Object[] snapshot;
    /** The records that came from the same multi-row query, for peer loading; may be null. */
    public PeerGroup peers;
    /** The load mode of the query the record came from; null means the database's. */
    public LoadMode loadMode;
    /** Per-owner aggregates attached by a query's withCount/withSum...; null until one is. Cleared with the relation cache. */
    public java.util.Map<String, Object> aggregates;
    /** Relation values cached on this record by the default relation cache; null until one is. */
    RelationSlots relations;
}

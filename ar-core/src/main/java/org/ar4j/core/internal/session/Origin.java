package org.ar4j.core.internal.session;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.cache.RelationCache;

/**
 * Where records came from: their database, whether their rows exist, and the load mode and peers of the
 * query that read them. One instance is shared by the records one query (or one batched relation load) read,
 * so a record pays for none of this itself. Immutable; the peers are the list the read adds its records to (so no
 * pass over the records is needed to make them peers), complete once the read returns.
 */
public final class Origin {
    private final Session db;
    private final boolean persisted;
    private final LoadMode mode;
    private final List<? extends ActiveRecord<?>> peers;
    /** The relation whose value the records may hold bare ({@link RelationStore#bareLinks}); null for none. */
    private final RelationCache.RelationKey linkedBy;
    /** When the records were read or written (System.nanoTime): a retried transaction tells older records by it. */
    private final long since = System.nanoTime();

    /**
     * @param db the database the records were loaded from or written to; null for records never written
     * @param persisted whether the records' rows exist (as far as the records know)
     * @param mode the load mode of the query; null means the database's
     * @param peers the records read together, in the order read, for peer loading; null when not (yet) known
     */
    public Origin(Session db, boolean persisted, LoadMode mode, List<? extends ActiveRecord<?>> peers) {
        this(db, persisted, mode, peers, null);
    }

    Origin(Session db, boolean persisted, LoadMode mode, List<? extends ActiveRecord<?>> peers,
                   RelationCache.RelationKey linkedBy) {
        this.db = db;
        this.persisted = persisted;
        this.mode = mode;
        this.peers = peers;
        this.linkedBy = linkedBy;
    }

    /**
     * The records read by one load from {@code session}, in {@code mode}; {@code peers} is the list the read adds the
     * records it keeps to (null: the records are no peers, as a single record or a stream's).
     */
    public static Origin read(Session session, LoadMode mode, List<? extends ActiveRecord<?>> peers) {
        return read(session, mode, peers, null);
    }

    /**
     * As {@link #read(Session, LoadMode, List)}, for records a load links to their owner through {@code linkedBy} (from
     * {@link RelationStore#bareLinks}, or null): they may hold that owner bare, without relation slots of their own.
     */
    public static Origin read(Session session, LoadMode mode, List<? extends ActiveRecord<?>> peers,
                              RelationCache.RelationKey linkedBy) {
        return new Origin(session.owner(), true, mode, peers, linkedBy);
    }

    /** The relation a bare relation value of these records belongs to; null for none. */
    RelationCache.RelationKey linkedBy() {
        return linkedBy;
    }

    /** When the records were read or written, as System.nanoTime. */
    public long since() {
        return since;
    }

    /** The database; null for records never written. */
    public Session db() {
        return db;
    }

    /** Whether the records' rows exist. */
    public boolean persisted() {
        return persisted;
    }

    /** The load mode of the query; null means the database's. */
    public LoadMode mode() {
        return mode;
    }

    /** The records read together, for peer loading; null when there are none. */
    public List<? extends ActiveRecord<?>> peers() {
        return peers;
    }

    /**
     * Makes records that were not all read through one origin peers (a single record has none) and gives those
     * without a load mode this one: for records a custom loader returned. Records sharing an origin keep sharing one.
     */
    public static void join(List<? extends ActiveRecord<?>> records, LoadMode mode) {
        List<? extends ActiveRecord<?>> peers = records.size() > 1 ? records : null;
        Origin last = null;
        Origin joined = null;
        for (ActiveRecord<?> r : records) {
            RecordState st = Records.state(r);
            Origin o = st.origin();
            if (joined == null || o != last) {
                last = o;
                joined = o == null ? new Origin(null, false, mode, peers) : new Origin(o.db, o.persisted,
                        o.mode != null ? o.mode : mode, peers != null ? peers : o.peers);
            }
            st.setOrigin(joined);
        }
    }
}

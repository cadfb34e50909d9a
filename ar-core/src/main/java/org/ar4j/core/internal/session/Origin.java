package org.ar4j.core.internal.session;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;

/**
 * Where records came from: their database, whether their rows exist, and the load mode and peers of the
 * query that read them. One instance is shared by the records one query (or one batched relation load) read,
 * so a record pays for none of this itself. Immutable.
 *
 * @param db the database the records were loaded from or written to; null for records never written
 * @param persisted whether the records' rows exist (as far as the records know)
 * @param mode the load mode of the query; null means the database's
 * @param peers the records read together, in the order read, for peer loading; null when there are none
 */
public record Origin(Session db, boolean persisted, LoadMode mode, List<? extends ActiveRecord<?>> peers) {

    /**
     * Makes records that were read together peers (a single record has none) and gives those without a load
     * mode this one: the one place peer groups are formed. Records sharing an origin keep sharing one.
     */
    public static void join(List<? extends ActiveRecord<?>> records, LoadMode mode) {
        List<? extends ActiveRecord<?>> peers = records.size() > 1 ? records : null;
        Origin last = null;
        Origin joined = null;
        for (ActiveRecord<?> r : records) {
            Object[] st = Records.state(r);
            Origin o = RecordState.origin(st);
            if (joined == null || o != last) {
                last = o;
                joined = o == null ? new Origin(null, false, mode, peers) : new Origin(o.db(), o.persisted(),
                        o.mode() != null ? o.mode() : mode, peers != null ? peers : o.peers());
            }
            RecordState.setOrigin(st, joined);
        }
    }
}

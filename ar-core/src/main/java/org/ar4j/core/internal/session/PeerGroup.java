package org.ar4j.core.internal.session;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;

/** The records one multi-row query (or one batched relation load) returned together. */
public final class PeerGroup {
    private final List<? extends ActiveRecord<?>> members;

    private PeerGroup(List<? extends ActiveRecord<?>> members) {
        this.members = members;
    }

    /** The records of the group, in the order they were read. */
    public List<? extends ActiveRecord<?>> members() {
        return members;
    }

    /**
     * Makes records that were read together peers (a single record has none) and gives those without a
     * load mode this one: the one place peer groups are formed.
     */
    public static void join(List<? extends ActiveRecord<?>> records, LoadMode mode) {
        PeerGroup group = records.size() > 1 ? new PeerGroup(records) : null;
        for (ActiveRecord<?> r : records) {
            RecordState st = Records.state(r);
            if (group != null) {
                st.peers = group;
            }
            if (st.loadMode == null) {
                st.loadMode = mode;
            }
        }
    }
}

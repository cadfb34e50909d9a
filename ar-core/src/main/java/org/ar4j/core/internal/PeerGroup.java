package org.ar4j.core.internal;

import java.util.List;

import org.ar4j.ActiveRecord;

/** The records one multi-row query (or one batched relation load) returned together. */
final class PeerGroup {
    final List<? extends ActiveRecord<?>> members;

    PeerGroup(List<? extends ActiveRecord<?>> members) {
        this.members = members;
    }
}

package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.Origin;
import org.ar4j.core.internal.session.Session;

/**
 * One plan run for many owners at once: everything a kind's loader needs.
 *
 * @param session the database
 * @param plan    the relation's load plan
 * @param owners  the owners, in order
 * @param mode    the load mode the loaded records get
 * @param origin  the origin every record the batch reads gets (database, mode, and {@link #kept()} as peers)
 * @param kept    the distinct records the batch loaded, which its kind's loader adds as it keeps them: peers
 */
record LoadBatch(Session session, LoadPlan plan, List<? extends ActiveRecord<?>> owners, LoadMode mode, Origin origin,
                 List<ActiveRecord<?>> kept) {

    /** A batch whose records get a new origin in {@code mode}, with the records it keeps as peers. */
    static LoadBatch of(Session session, LoadPlan plan, List<? extends ActiveRecord<?>> owners, LoadMode mode) {
        List<ActiveRecord<?>> kept = new ArrayList<>();
        return new LoadBatch(session, plan, owners, mode,
                Origin.read(session, mode, kept, Linker.bareLinks(session, plan)), kept);
    }

    RelationInfo relation() {
        return plan.relation();
    }
}

package org.ar4j.core.internal.load;

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
 * @param origin  the origin every record the batch reads gets (database, mode; peers named after the read)
 */
record LoadBatch(Session session, LoadPlan plan, List<? extends ActiveRecord<?>> owners, LoadMode mode, Origin origin) {

    /** A batch whose records get a new origin in {@code mode}. */
    LoadBatch(Session session, LoadPlan plan, List<? extends ActiveRecord<?>> owners, LoadMode mode) {
        this(session, plan, owners, mode, Origin.read(session, mode));
    }

    RelationInfo relation() {
        return plan.relation();
    }
}

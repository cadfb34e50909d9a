package org.ar4j.core.internal.load;

import java.util.List;

import org.ar4j.ActiveRecord;

/** Loads one kind of relation for a batch of owners. */
interface KindLoader {
    /**
     * One value per owner, in order (a record or null; a list for collections), adding the distinct
     * records loaded to {@code loaded}.
     */
    Object[] load(LoadBatch batch, List<ActiveRecord<?>> loaded);
}

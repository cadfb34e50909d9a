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

    /** Whether this kind links the loaded records to their owners through the inverse itself, while reading. */
    default boolean linksInverse(LoadBatch batch) {
        return false;
    }
}

package org.ar4j.core.internal.load;

import java.util.List;

import org.ar4j.ActiveRecord;

/** Loads one kind of relation for a batch of owners. */
interface KindLoader {
    /**
     * Sets each owner's value through {@code linker} (a record or null; a list for collections) and adds the
     * distinct records loaded to {@code loaded}.
     */
    void load(LoadBatch batch, Linker linker, List<ActiveRecord<?>> loaded);
}

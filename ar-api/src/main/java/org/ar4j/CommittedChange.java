package org.ar4j;

/**
 * One record a committed transaction wrote, as a {@link CommitListener} sees it: the record (in memory, as it was
 * when the transaction committed) and what the transaction did to its row, taken as a whole. A record inserted
 * and updated in one transaction is {@link Kind#CREATED}; a record inserted and deleted in it wrote nothing that
 * lasts and is not listed; a record saved without changes is not listed.
 *
 * @param record the record
 * @param kind what happened to its row
 */
public record CommittedChange(ActiveRecord<?> record, Kind kind) {

    /** What a committed transaction did to a record's row. */
    public enum Kind {
        /** The row was inserted. */
        CREATED,
        /** The row was updated (and still exists). */
        UPDATED,
        /** The row was deleted, or marked deleted by {@link SoftDelete}. */
        DELETED
    }
}

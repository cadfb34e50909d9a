package org.ar4j.relation;

/**
 * What deleting an owner does to the records of a {@code HasOne}, {@code HasMany} or
 * {@code HasManyThrough} relation. Cascades run in one transaction where the backend has the
 * TRANSACTIONS capability.
 */
public enum Dependent {
    /** Nothing: the related records are left as they are. */
    NONE,
    /** Loads each related record and deletes it with its own hooks and cascades. */
    DELETE,
    /** Deletes the related records in one bulk statement, without hooks. */
    DELETE_ALL,
    /** Sets the related records' foreign key to null. */
    NULLIFY,
    /** Refuses to delete the owner while related records exist; nothing is deleted. */
    RESTRICT
}

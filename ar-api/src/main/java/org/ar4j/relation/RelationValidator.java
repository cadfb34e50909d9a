package org.ar4j.relation;

import org.ar4j.ActiveRecord;
import org.ar4j.Errors;
import org.ar4j.internal.engine.Engine;

/**
 * Checks a relation of a record when the record is saved; errors it adds make the save fail
 * with {@link org.ar4j.ValidationException} before anything is written.
 */
@FunctionalInterface
public interface RelationValidator {

    /** Validates the relation on the owner being saved, adding any errors. */
    void validate(ActiveRecord<?> owner, Relation<?, ?> relation, Errors errors);

    /**
     * A validator for {@link BelongsTo}: a non-null foreign key must refer to an existing record
     * (one query on save).
     */
    static RelationValidator foreignKeyExists() {
        return (owner, relation, errors) -> Engine.get().database(owner.getClass(), owner)
                .checkForeignKeyExists(owner, relation, errors);
    }
}

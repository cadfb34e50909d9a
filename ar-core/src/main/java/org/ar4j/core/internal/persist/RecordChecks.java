package org.ar4j.core.internal.persist;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Errors;
import org.ar4j.ValidationException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.session.Records;

/** The checks a record passes before any write: its validation, its relations' validators, its MorphTo types. */
final class RecordChecks {
    private RecordChecks() {
    }

    /** Runs the model's validation and its relations' validators; throws with every error found. */
    static void validate(ModelInfo model, ActiveRecord<?> record) {
        List<RelationInfo> validated = model.validatedRelations();
        if (validated.isEmpty() && !Records.validates(record)) {
            return;
        }
        Errors errors = new Errors();
        Records.validate(record, errors);
        for (RelationInfo r : validated) {
            if (r.morph() != null) {
                checkMorphType(r, record, errors);
            }
            if (r.spec().writing().validator() != null) {
                r.spec().writing().validator().validate(record, r.descriptor(), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(model.name(), errors.all());
        }
    }

    /** A MorphTo's type names one of its models, and is set exactly when its key is. */
    private static void checkMorphType(RelationInfo r, ActiveRecord<?> record, Errors errors) {
        FieldInfo typeField = r.morph().typeField();
        Object type = typeField.storedValue(record);
        Object key = r.ownerKey().storedValue(record);
        if (type != null && r.morph().target((String) type) == null) {
            errors.add(typeField.javaName(), "'" + type + "' names none of the models of " + r.qualifiedName() + " ("
                    + r.morph().names() + "); set it with " + r.name() + " set(...) or to one of those names");
        } else if ((type == null) != (key == null)) {
            errors.add(type == null ? typeField.javaName() : r.ownerKey().javaName(), "is null while "
                    + (type == null ? r.ownerKey().javaName() : typeField.javaName()) + " is set; " + r.qualifiedName()
                    + " needs both or neither");
        }
    }
}

package org.ar4j.backend.mongo;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;

import org.ar4j.ConstraintViolationException;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;

/** MongoDB's duplicate-key errors (code 11000) as {@link ConstraintViolationException}s naming the fields. */
final class MongoErrors {
    static final int DUPLICATE_KEY = 11000;

    private MongoErrors() {
    }

    static ConstraintViolationException violation(RuntimeException e, TableSpec t) {
        int code = -1;
        String message = e.getMessage();
        if (e instanceof MongoWriteException w) {
            code = w.getError().getCode();
            message = w.getError().getMessage();
        } else if (e instanceof MongoBulkWriteException b && !b.getWriteErrors().isEmpty()) {
            code = b.getWriteErrors().get(0).getCode();
            message = b.getWriteErrors().get(0).getMessage();
        }
        if (code != DUPLICATE_KEY) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (IndexSpec ix : t.indexes()) {
            if (ix.unique() && message != null && message.contains(ix.name())) {
                ix.columns().forEach(c -> fields.add(t.describe(c)));
            }
        }
        if (fields.isEmpty() && message != null && message.contains("_id_")) {
            fields.add(t.describe(t.primaryKey().name()));
        }
        String what = fields.isEmpty() ? t.model() : String.join(", ", fields);
        return new ConstraintViolationException(ConstraintViolationException.Kind.UNIQUE, fields,
                "Duplicate value for " + what + ": a " + t.model() + " with the same value is already stored ("
                        + message + ")", e);
    }
}

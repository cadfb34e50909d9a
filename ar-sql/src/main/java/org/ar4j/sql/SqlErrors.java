package org.ar4j.sql;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

import org.ar4j.ConstraintViolationException;
import org.ar4j.spi.TableSpec;

/**
 * How a database's failures are classified, as data: which driver failures are write conflicts
 * ({@link org.ar4j.WriteConflictException}, retried by {@code Retry}), lock conflicts
 * ({@link org.ar4j.LockConflictException}) and constraint violations, and how the violated fields are found in the
 * driver's message. A dialect states its differences from {@link #STANDARD} and returns them from
 * {@link SqlDialect#errors()}.
 *
 * @param writeConflict   a concurrent transaction's conflict (serialization failure, deadlock): running the
 *                        transaction again may succeed
 * @param lockNotAvailable a row locked by another transaction under {@code NOWAIT}, or a lock wait that timed out
 * @param unique          a unique violation
 * @param notNull         a not-null violation
 * @param foreignKey      a foreign-key violation
 * @param columnNames     patterns whose first group names the violated column in a message that names it in no
 *                        other recognised way (the unique indexes, foreign keys and quoted column names a message
 *                        mentions are always looked for)
 */
public record SqlErrors(ErrorCodes writeConflict, ErrorCodes lockNotAvailable, ErrorCodes unique,
                        ErrorCodes notNull, ErrorCodes foreignKey, List<Pattern> columnNames) {

    /**
     * The standard SQLSTATEs (40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 23505 unique,
     * 23502 not null, 23503/23506 foreign key) and the messages the common drivers give without one.
     */
    public static final SqlErrors STANDARD = new SqlErrors(ErrorCodes.states("40001", "40P01"),
            ErrorCodes.states("55P03"),
            ErrorCodes.states("23505").or(ErrorCodes.messages("unique constraint failed", "duplicate key",
                    "duplicate entry", "unique index or primary key violation")),
            ErrorCodes.states("23502").or(ErrorCodes.messages("not null constraint failed", "null value in column",
                    "cannot be null")),
            ErrorCodes.states("23503", "23506").or(ErrorCodes.messages("foreign key constraint",
                    "referential integrity")),
            List.of());

    /** Copies the patterns. */
    public SqlErrors {
        columnNames = List.copyOf(columnNames);
    }

    /** These errors with other write conflicts. */
    public SqlErrors withWriteConflict(ErrorCodes value) {
        return new SqlErrors(value, lockNotAvailable, unique, notNull, foreignKey, columnNames);
    }

    /** These errors with other lock conflicts. */
    public SqlErrors withLockNotAvailable(ErrorCodes value) {
        return new SqlErrors(writeConflict, value, unique, notNull, foreignKey, columnNames);
    }

    /** These errors with other constraint violations (unique, not null, foreign key). */
    public SqlErrors withConstraints(ErrorCodes uniqueValue, ErrorCodes notNullValue, ErrorCodes foreignKeyValue) {
        return new SqlErrors(writeConflict, lockNotAvailable, uniqueValue, notNullValue, foreignKeyValue,
                columnNames);
    }

    /** These errors finding violated columns with more message patterns (group 1: the column name). */
    public SqlErrors withColumnNames(Pattern... patterns) {
        List<Pattern> all = new java.util.ArrayList<>(columnNames);
        all.addAll(List.of(patterns));
        return new SqlErrors(writeConflict, lockNotAvailable, unique, notNull, foreignKey, all);
    }

    /**
     * The failure as a {@link ConstraintViolationException} naming the model and fields when it is a unique, not-null
     * or foreign-key violation, else null.
     */
    public ConstraintViolationException constraintViolation(SQLException e, TableSpec table) {
        return ConstraintMessages.classify(this, e, table);
    }
}

package org.ar4j.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ar4j.ConstraintViolationException.Kind;
import org.ar4j.ConstraintViolationException;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;

/**
 * The standard classification of constraint violations ({@link SqlDialect#constraintViolation}'s default): unique
 * and not-null violations recognised in driver exceptions by SQLState, MySQL error codes and SQLite messages, the
 * model's fields named from the indexes and columns the message mentions.
 */
public final class StandardConstraints {
    private StandardConstraints() {
    }

    /** A unique or not-null violation named by model and fields, or null (see {@link SqlDialect#constraintViolation}). */
    public static ConstraintViolationException classify(SQLException failure, TableSpec t) {
        // A batch's own message quotes the statement (and so every column); the server's is the next one.
        SQLException e = failure;
        while (e.getNextException() != null && e.getNextException() != e) {
            e = e.getNextException();
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage());
        int statement = text.indexOf("SQL statement:");
        if (statement >= 0) {
            text = text.substring(0, statement);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Kind kind;
        if (state.equals("23505") || e.getErrorCode() == 1062 || lower.contains("unique constraint failed")
                || lower.contains("duplicate key") || lower.contains("duplicate entry")
                || lower.contains("unique index or primary key violation")) {
            kind = Kind.UNIQUE;
        } else if (state.equals("23502") || e.getErrorCode() == 1048 || lower.contains("not null constraint failed")
                || lower.contains("null value in column") || lower.contains("cannot be null")) {
            kind = Kind.NOT_NULL;
        } else if (state.equals("23503") || state.equals("23506") || e.getErrorCode() == 1451 || e.getErrorCode() == 1452
                || lower.contains("foreign key constraint") || lower.contains("referential integrity")) {
            kind = Kind.FOREIGN_KEY;
        } else {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (IndexSpec ix : t.indexes()) {
            if (ix.unique() && lower.contains(ix.name().toLowerCase(Locale.ROOT))) {
                ix.columns().forEach(c -> fields.add(t.describe(c)));
            }
        }
        if (kind == Kind.FOREIGN_KEY) {
            for (ForeignKeySpec fk : t.foreignKeys()) {
                if (lower.contains(fk.name().toLowerCase(Locale.ROOT))) {
                    fields.add(t.describe(fk.column()));
                }
            }
        }
        if (fields.isEmpty() && kind != Kind.FOREIGN_KEY) {
            for (ColumnSpec c : t.columns()) {
                if (mentions(lower, c.name().toLowerCase(Locale.ROOT))) {
                    fields.add(t.describe(c.name()));
                }
            }
        }
        if (fields.isEmpty() && kind == Kind.UNIQUE && (lower.contains("primary") || lower.contains("_pkey"))) {
            fields.add(t.describe(t.primaryKey().name()));
        }
        String what = fields.isEmpty() ? t.model() : String.join(", ", fields);
        String message = switch (kind) {
            case UNIQUE -> "Duplicate value for " + what + ": a " + t.model() + " with the same value is already stored";
            case NOT_NULL -> what + " must not be null";
            case FOREIGN_KEY -> "A foreign key of " + what + " would refer to a missing record: save the referenced record"
                    + " first, or delete (or re-point) the records that refer to this one before deleting it";
        };
        return new ConstraintViolationException(kind, fields, message + " (" + firstLine(text) + ")", failure);
    }

    /** Whether a driver message names a column the way drivers quote them. */
    private static boolean mentions(String message, String column) {
        for (String form : new String[] {"." + column, "(" + column + ")", "\"" + column + "\"", "`" + column + "`",
                "'" + column + "'"}) {
            int at = message.indexOf(form);
            while (at >= 0) {
                int end = at + form.length();
                boolean boundary = end >= message.length() || !Character.isLetterOrDigit(message.charAt(end))
                        && message.charAt(end) != '_';
                if (boundary) {
                    return true;
                }
                at = message.indexOf(form, at + 1);
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}

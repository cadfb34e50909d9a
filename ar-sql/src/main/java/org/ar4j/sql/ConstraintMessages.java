package org.ar4j.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ar4j.ConstraintViolationException.Kind;
import org.ar4j.ConstraintViolationException;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;

/**
 * {@link SqlErrors#constraintViolation}: the kind of violation from the dialect's error codes, the model's fields from
 * the unique indexes, foreign keys and columns the driver's message mentions.
 */
final class ConstraintMessages {
    private ConstraintMessages() {
    }

    static ConstraintViolationException classify(SqlErrors errors, SQLException failure, TableSpec t) {
        // A batch's own message quotes the statement (and so every column); the server's is the next one.
        SQLException e = failure;
        while (e.getNextException() != null && e.getNextException() != e) {
            e = e.getNextException();
        }
        String text = String.valueOf(e.getMessage());
        int statement = text.indexOf("SQL statement:");
        if (statement >= 0) {
            text = text.substring(0, statement);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Kind kind;
        if (errors.unique().matches(e, lower)) {
            kind = Kind.UNIQUE;
        } else if (errors.notNull().matches(e, lower)) {
            kind = Kind.NOT_NULL;
        } else if (errors.foreignKey().matches(e, lower)) {
            kind = Kind.FOREIGN_KEY;
        } else {
            return null;
        }
        List<String> fields = fields(errors, kind, t, text, lower);
        String what = fields.isEmpty() ? t.model() : String.join(", ", fields);
        String message = switch (kind) {
            case UNIQUE -> "Duplicate value for " + what + ": a " + t.model() + " with the same value is already stored";
            case NOT_NULL -> what + " must not be null";
            case FOREIGN_KEY -> "A foreign key of " + what + " would refer to a missing record: save the referenced record"
                    + " first, or delete (or re-point) the records that refer to this one before deleting it";
        };
        return new ConstraintViolationException(kind, fields, message + " (" + firstLine(text) + ")", failure);
    }

    /** The model's fields the message names: by unique index, foreign key, the dialect's patterns, quoted columns. */
    private static List<String> fields(SqlErrors errors, Kind kind, TableSpec t, String text, String lower) {
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
            for (Pattern p : errors.columnNames()) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    fields.add(t.describe(m.group(1).trim()));
                    break;
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
            t.primaryKeyColumns().forEach(c -> fields.add(t.describe(c.name())));
        }
        return fields;
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

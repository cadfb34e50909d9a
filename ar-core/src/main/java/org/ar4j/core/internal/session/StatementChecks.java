package org.ar4j.core.internal.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ar4j.Errors;
import org.ar4j.ModelDefinitionException;
import org.ar4j.QueryException;
import org.ar4j.ValidationException;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;
import org.ar4j.spi.Backend;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.IdentifierKind;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.ValueLimits;
import org.ar4j.query.Order;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.Select;

/**
 * What core checks before any statement reaches a backend, the same for every backend: names the
 * backend cannot use (once per table), values it cannot store exactly ({@link ValueLimits}; NaN and
 * infinities everywhere), and nulls in required fields (which some stores would accept). A write gets a
 * {@link ValidationException}, a condition a {@link QueryException}; both name the model and field.
 */
public final class StatementChecks {
    private final Backend backend;
    private final ValueLimits limits;
    private final long minEpochSecond;
    private final long maxEpochSecond;
    private final Set<TableSpec> verified = ConcurrentHashMap.newKeySet();
    private final IdKeys ids;

    StatementChecks(Backend backend) {
        this.backend = backend;
        this.limits = backend.valueLimits();
        this.ids = new IdKeys(backend);
        this.minEpochSecond = limits.minDate().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        this.maxEpochSecond = limits.maxDate().plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1;
    }

    /** Which tables keep their id unique in the database, for writes by id. */
    public IdKeys ids() {
        return ids;
    }

    /** Table, column and index names, once per table: a name the backend cannot use fails the model. */
    void table(TableSpec t) {
        if (verified.contains(t)) {
            return;
        }
        identifier(t, t.name(), IdentifierKind.TABLE, "table name", "@Table(\"...\")");
        for (ColumnSpec c : t.columns()) {
            identifier(t, c.name(), IdentifierKind.COLUMN, "column name of " + t.model() + "." + c.field(),
                    "@Column(\"...\") on the field");
        }
        for (IndexSpec ix : t.indexes()) {
            identifier(t, ix.name(), IdentifierKind.INDEX, "index name", "a shorter table or column name");
        }
        verified.add(t);
    }

    private void identifier(TableSpec t, String name, IdentifierKind kind, String what, String fix) {
        Optional<String> problem = backend.identifierProblem(name, kind);
        if (problem.isPresent()) {
            throw new ModelDefinitionException(t.model() + ": the " + what + " '" + name + "' cannot be used on "
                    + backend.name() + ": " + problem.get() + ". Fix: choose another name with " + fix);
        }
    }

    void insert(InsertRows insert) {
        TableSpec t = insert.table();
        table(t);
        List<String> cols = insert.columns();
        ColumnSpec[] specs = new ColumnSpec[cols.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = t.column(cols.get(i));
        }
        // a required column the statement leaves out is missing from every row: found once per statement
        List<ColumnSpec> missing = new ArrayList<>(0);
        for (ColumnSpec c : t.columns()) {
            if (!c.nullable() && !(c.primaryKey() && c.generated()) && !c.size().insertDefault()
                    && !cols.contains(c.name())) {
                missing.add(c);
            }
        }
        for (Object[] row : insert.rows()) {
            List<Errors.Error> errors = null;
            for (int i = 0; i < specs.length; i++) {
                String problem = problem(t, specs[i], row[i]);
                if (problem != null) {
                    errors = add(errors, specs[i].field(), problem);
                }
            }
            for (ColumnSpec c : missing) {
                errors = add(errors, c.field(), "must not be null");
            }
            if (errors != null) {
                throw new ValidationException(t.model(), errors);
            }
        }
    }

    /**
     * The values of rows about to be inserted, checked before the operation sends its first statement: every
     * non-null value against its declared size and the backend's range (nulls are left to the statement's own
     * check, since a before-hook may still fill them in).
     */
    public void values(TableSpec t, List<String> columns, List<Object[]> rows) {
        ColumnSpec[] specs = new ColumnSpec[columns.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = t.column(columns.get(i));
        }
        for (Object[] row : rows) {
            List<Errors.Error> errors = null;
            for (int i = 0; i < specs.length; i++) {
                String problem = row[i] == null ? null : problem(t, specs[i], row[i]);
                if (problem != null) {
                    errors = add(errors, specs[i].field(), problem);
                }
            }
            if (errors != null) {
                throw new ValidationException(t.model(), errors);
            }
        }
    }

    void update(TableSpec t, Map<String, Object> values, Filter where) {
        table(t);
        List<Errors.Error> errors = null;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            ColumnSpec c = t.column(e.getKey());
            String problem = problem(t, c, e.getValue());
            if (problem != null) {
                errors = add(errors, c.field(), problem);
            }
        }
        if (errors != null) {
            throw new ValidationException(t.model(), errors);
        }
        condition(t, where);
    }

    /** The values a condition compares with. */
    void condition(TableSpec t, Filter p) {
        table(t);
        if (p != null) {
            p.accept(new Operands(t));
        }
    }

    /** A select: its condition, and an order only on types that order alike everywhere. */
    void select(Select s) {
        condition(s.table(), s.where());
        for (Order o : s.orderBy()) {
            if (!s.lookups().isEmpty() && org.ar4j.spi.Lookup.ofOrderColumn(o.field()) != null) {
                continue;   // a joined column: core resolved it on the relation's target
            }
            if (s.table().typeOf(o.field()) == ColumnType.BYTES) {
                throw unordered(s.table(), o.field());
            }
            document(s.table(), o.field());
        }
    }

    /** Refuses a whole JSON document as an operand or an order: only paths inside it compare alike everywhere. */
    private static void document(TableSpec t, String column) {
        if (t.typeOf(column) == ColumnType.JSON) {
            throw new QueryException(t.describe(column) + " is a JSON document, which backends compare differently;"
                    + " compare or order by a path inside it, or test it with isNull/isNotNull");
        }
    }

    private static QueryException unordered(TableSpec t, String column) {
        return new QueryException(t.describe(column) + " is a byte[]: backends order byte arrays differently (some"
                + " compare their lengths first), so ar4j compares them only for equality (eq, ne, in, isNull)");
    }

    /** Checks every value a condition compares a column with. */
    private final class Operands implements Filter.Visitor<Void> {
        private final TableSpec t;

        Operands(TableSpec t) {
            this.t = t;
        }

        @Override
        public Void compare(Filter.Compare p) {
            document(t, p.column());
            if (p.operator() != Predicate.Operator.EQ && p.operator() != Predicate.Operator.NE
                    && t.typeOf(p.column()) == ColumnType.BYTES) {
                throw unordered(t, p.column());
            }
            operand(t, p.column(), p.value());
            return null;
        }

        @Override
        public Void in(Filter.In p) {
            document(t, p.column());
            for (Object v : p.values()) {
                operand(t, p.column(), v);
            }
            return null;
        }

        @Override
        public Void isNull(Filter.IsNull p) {
            return null;
        }

        @Override
        public Void like(Filter.Like p) {
            document(t, p.column());
            if (p.pattern().indexOf('\0') >= 0) {
                throw new QueryException("A pattern (like, contains, startsWith, endsWith) on " + t.describe(p.column())
                        + " " + NUL + "; remove it from the pattern");
            }
            return null;
        }

        @Override
        public Void between(Filter.Between p) {
            document(t, p.column());
            if (t.typeOf(p.column()) == ColumnType.BYTES) {
                throw unordered(t, p.column());
            }
            operand(t, p.column(), p.low());
            operand(t, p.column(), p.high());
            return null;
        }

        @Override
        public Void json(Filter.Json p) {
            backend.require(org.ar4j.Capability.JSON_PATHS, "conditions inside the JSON documents of "
                    + t.describe(p.column()));
            return null;
        }

        @Override
        public Void and(Filter.And p) {
            p.parts().forEach(x -> x.accept(this));
            return null;
        }

        @Override
        public Void or(Filter.Or p) {
            p.parts().forEach(x -> x.accept(this));
            return null;
        }

        @Override
        public Void not(Filter.Not p) {
            return p.part().accept(this);
        }

        @Override
        public Void raw(Filter.Raw p) {
            return null;
        }

        @Override
        public Void exists(Filter.Exists p) {
            table(p.table());
            if (p.where() != null) {
                p.where().accept(new Operands(p.table()));
            }
            return null;
        }
    }

    private void operand(TableSpec t, String column, Object value) {
        ColumnSpec c = t.column(column);   // another column of the row (ColumnRef): core checked the two types
        String problem = value == null || value instanceof org.ar4j.spi.ColumnRef ? null : range(c, value);
        if (problem != null) {
            throw new QueryException("A condition on " + t.describe(column) + " compares with a value that " + problem);
        }
    }

    private static List<Errors.Error> add(List<Errors.Error> errors, String field, String message) {
        List<Errors.Error> out = errors == null ? new ArrayList<>() : errors;
        out.add(new Errors.Error(field, message));
        return out;
    }

    /** Why a value cannot be written to a column, or null. */
    private String problem(TableSpec t, ColumnSpec c, Object value) {
        if (value == null || value instanceof org.ar4j.spi.ColumnRef) {   // a ColumnRef: computed from the row
            return value != null || c.nullable() || (c.primaryKey() && c.generated()) ? null : "must not be null";
        }
        String declared = declared(t, c, value);
        return declared != null ? declared : range(c, value);
    }

    /** The most characters an indexed text field without a declared length holds: what every database indexes. */
    public static final int INDEXED_TEXT_LIMIT = 255;

    /** Why a value does not fit the column's declared length, precision or scale (writes only), or null. */
    private static String declared(TableSpec t, ColumnSpec c, Object value) {
        if (value instanceof String s) {
            // the table's indexes are looked at only for a string long enough to matter
            int length = c.length() > 0 ? c.length()
                    : s.length() > INDEXED_TEXT_LIMIT && indexed(t, c) ? INDEXED_TEXT_LIMIT : 0;
            int chars = length > 0 && s.length() > length ? s.codePointCount(0, s.length()) : 0;
            if (chars > length) {
                return "has " + chars + " characters; " + (c.length() > 0 ? "it is declared with @Column(length = "
                        + c.length() + ")" : "an indexed or unique text field without @Column(length = ...) holds at"
                        + " most " + INDEXED_TEXT_LIMIT + " on every backend (the longest text every database indexes"
                        + " whole)");
            }
            return c.fixedWidth() && s.endsWith(" ") ? "ends with a space, which its fixed-width column (CHAR("
                    + c.length() + ")) pads values with, so it could not be read back as written" : null;
        }
        return c.precision() > 0 && value instanceof BigDecimal d ? declaredDecimal(c, d) : null;
    }

    /** Whether a text column is a key or in an index, so the portable limit of indexed text applies to it. */
    private static boolean indexed(TableSpec t, ColumnSpec c) {
        if (c.primaryKey() || c.unique()) {
            return true;
        }
        for (org.ar4j.spi.IndexSpec ix : t.indexes()) {
            if (!ix.onPath() && ix.columns().contains(c.name())) {
                return true;
            }
        }
        return false;
    }

    /** Why a string is refused on every backend. */
    private static final String NUL = "contains the NUL character (\\u0000), which some databases cannot store in text"
            + " and others end a pattern at, so ar4j refuses it on every backend";

    /** Why a non-null canonical value is outside what the backend stores exactly, or null. */
    private String range(ColumnSpec c, Object value) {
        return switch (c.type()) {
            case STRING -> ((String) value).indexOf('\0') >= 0 ? NUL : null;
            case DOUBLE -> {
                double d = (Double) value;
                yield Double.isNaN(d) || Double.isInfinite(d) ? "is " + d + ", which ar4j does not store: NaN and"
                        + " infinities are refused on every backend, since not every database can store them" : null;
            }
            case DECIMAL -> decimal((BigDecimal) value);
            case DATE -> date((LocalDate) value, value);
            case DATE_TIME -> date(((LocalDateTime) value).toLocalDate(), value);
            case INSTANT -> {
                long s = ((Instant) value).getEpochSecond();
                yield s < minEpochSecond || s > maxEpochSecond ? outside(value) : null;
            }
            default -> null;
        };
    }

    private String decimal(BigDecimal d) {
        if (d.scale() > limits.maxDecimalScale()) {
            return "has " + d.scale() + " digits after the point; " + backend.name() + " stores BigDecimals exactly with"
                    + " at most " + limits.maxDecimalScale() + " (round it with setScale)";
        }
        int precision = d.scale() < 0 ? d.precision() - d.scale() : d.precision();
        if (precision > limits.maxDecimalPrecision()) {
            return "has " + precision + " significant digits; " + backend.name() + " stores BigDecimals exactly with"
                    + " at most " + limits.maxDecimalPrecision();
        }
        return null;
    }

    private static String declaredDecimal(ColumnSpec c, BigDecimal d) {
        if (d.scale() > c.scale()) {
            return "is " + d.toPlainString() + ", with " + d.scale() + " decimals; it is declared with @Column(precision = "
                    + c.precision() + ", scale = " + c.scale() + "): round it with setScale(" + c.scale() + ", RoundingMode...)";
        }
        int integerDigits = Math.max(d.precision() - d.scale(), 0);
        if (integerDigits > c.precision() - c.scale()) {
            return "is " + d.toPlainString() + ", with " + integerDigits + " digits before the point; @Column(precision = "
                    + c.precision() + ", scale = " + c.scale() + ") allows " + (c.precision() - c.scale());
        }
        return null;
    }

    private String date(LocalDate date, Object value) {
        return date.isBefore(limits.minDate()) || date.isAfter(limits.maxDate()) ? outside(value) : null;
    }

    private String outside(Object value) {
        return "is " + value + ", outside the dates " + backend.name() + " stores (" + limits.minDate() + " to "
                + limits.maxDate() + ")";
    }
}

package org.ar4j.backend.mongo;

import java.math.BigDecimal;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;

import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;

/**
 * {@link Filter.Json} as MongoDB filters on dotted paths into the document's subdocuments ({@code specs.sizes.0}). A
 * comparison matches only a value of the operand's BSON kind that is not an array (a path to an array would otherwise
 * match its elements), so it is UNKNOWN, neither TRUE nor FALSE, elsewhere, as SQL's is.
 */
final class MongoJson {
    private MongoJson() {
    }

    /** The documents where the test is TRUE ({@code wanted}) or FALSE. */
    static Document truth(String column, Filter.Json p, boolean wanted) {
        StringBuilder path = new StringBuilder(column);
        for (Object step : p.path()) {
            path.append('.').append(step);
        }
        String f = path.toString();
        switch (p.test()) {
            case IS_NULL, IS_NOT_NULL -> {
                boolean isNull = (p.test() == Filter.Json.Test.IS_NULL) == wanted;
                return new Document(f, isNull ? null : new Document("$ne", null));
            }
            case CONTAINS -> {
                Object v = operand(p.value());
                Document array = new Document(f, new Document("$type", "array"));
                Document element = wanted ? new Document(f, v) : new Document(f, new Document("$ne", v));
                return MongoFilters.and(List.of(array, element));
            }
            default -> {
                Predicate.Operator op = operator(p.test());
                Object v = operand(p.value());
                Document kind = new Document(f, new Document("$type", p.value() instanceof String ? "string"
                        : p.value() instanceof Boolean ? "bool" : "number"));
                Document notArray = new Document(f, new Document("$not", new Document("$type", "array")));
                Predicate.Operator o = wanted ? op : MongoFilters.negate(op);
                Document cmp = v instanceof Decimal128 && o == Predicate.Operator.EQ
                        // a range: the in-process test server's equality on Decimal128 rounds, its ranges do not
                        ? new Document(f, new Document("$gte", v).append("$lte", v))
                        : v instanceof Decimal128 && o == Predicate.Operator.NE
                        ? new Document("$or", List.of(new Document(f, new Document("$lt", v)),
                                new Document(f, new Document("$gt", v))))
                        : new Document(f, new Document(MongoFilters.op(o), v));
                return MongoFilters.and(List.of(kind, notArray, cmp));
            }
        }
    }

    /** A number as documents hold it (MongoValues): an integer as Int64, any other as an exact Decimal128. */
    private static Object operand(Object v) {
        if (!(v instanceof BigDecimal b)) {
            return v;
        }
        try {
            return b.longValueExact();
        } catch (ArithmeticException e) {
            return new Decimal128(b.stripTrailingZeros());
        }
    }

    private static Predicate.Operator operator(Filter.Json.Test t) {
        return switch (t) {
            case EQ -> Predicate.Operator.EQ;
            case NE -> Predicate.Operator.NE;
            case LT -> Predicate.Operator.LT;
            case LE -> Predicate.Operator.LE;
            case GT -> Predicate.Operator.GT;
            default -> Predicate.Operator.GE;
        };
    }
}

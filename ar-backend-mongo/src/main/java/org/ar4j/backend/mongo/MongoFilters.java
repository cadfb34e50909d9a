package org.ar4j.backend.mongo;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;

import org.ar4j.QueryException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.Order;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Filter;
import org.ar4j.spi.ColumnRef;
import org.ar4j.spi.LikePatterns;
import org.ar4j.Capability;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;

/**
 * Translates ar4j predicates to MongoDB filters with SQL's three-valued logic, so results are the
 * same as on every SQL backend: a comparison with a null or missing field is UNKNOWN, NOT of
 * UNKNOWN is UNKNOWN, and only TRUE rows match. Each predicate therefore has two translations:
 * the documents where it is TRUE and those where it is FALSE; {@code not(p)} is "p is FALSE".
 * Values are always BSON values in the filter document, never parsed from text: a string such
 * as {@code {"$gt": ""}} is just a string.
 */
final class MongoFilters {
    /** Matches no document. */
    static final Document NOTHING = new Document("_id", new Document("$in", List.of()));

    private MongoFilters() {
    }

    /** The document field of a column: {@code _id} for the key, a dotted path for a column of an embedded value. */
    static String field(TableSpec t, String column) {
        return t.isPrimaryKey(column) ? "_id" : t.documentPath(column);
    }

    /** The value at a field or a dotted path of a document (null when any part is absent). */
    static Object read(Document d, String path) {
        if (path.indexOf('.') < 0) {
            return d.get(path);
        }
        Object v = d;
        int from = 0;
        while (v instanceof Document doc) {
            int dot = path.indexOf('.', from);
            v = doc.get(dot < 0 ? path.substring(from) : path.substring(from, dot));
            if (dot < 0) {
                return v;
            }
            from = dot + 1;
        }
        return null;
    }

    /** Puts a value at a field or a dotted path of a document being built, making the subdocuments on the way. */
    static void write(Document d, String path, Object value) {
        Document at = d;
        int from = 0;
        for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', from)) {
            String part = path.substring(from, dot);
            Object next = at.get(part);
            if (!(next instanceof Document)) {
                next = new Document();
                at.append(part, next);
            }
            at = (Document) next;
            from = dot + 1;
        }
        at.append(path.substring(from), value);
    }

    /**
     * {@code $in} (or {@code $nin}), except for BigDecimals: an {@code $or} of exact equalities (or an
     * {@code $and} of inequalities), see {@link #compare}.
     */
    private static Document membership(TableSpec t, String column, String f, List<Object> vals, boolean in) {
        if (t.typeOf(column) != ColumnType.DECIMAL) {
            return new Document(f, new Document(in ? "$in" : "$nin", vals));
        }
        List<Document> parts = new ArrayList<>();
        for (Object v : vals) {
            parts.add(compare(f, in ? Predicate.Operator.EQ : Predicate.Operator.NE, v));
        }
        return in ? or(parts) : and(parts);
    }

    static Document filter(TableSpec t, Filter p) {
        return p == null ? new Document() : isTrue(t, p);
    }

    private static Object value(TableSpec t, String column, Object v) {
        return MongoValues.toBson(v, t.typeOf(column));
    }

    private static Document notNull(String f) {
        return new Document(f, new Document("$ne", null));
    }

    static Document and(List<Document> parts) {
        List<Document> nonEmpty = new ArrayList<>();
        for (Document d : parts) {
            if (d == NOTHING) {
                return NOTHING;
            }
            if (!d.isEmpty()) {
                nonEmpty.add(d);
            }
        }
        if (nonEmpty.isEmpty()) {
            return new Document();
        }
        return nonEmpty.size() == 1 ? nonEmpty.get(0) : new Document("$and", nonEmpty);
    }

    private static Document or(List<Document> parts) {
        List<Document> live = new ArrayList<>();
        for (Document d : parts) {
            if (d.isEmpty()) {
                return new Document();
            }
            if (d != NOTHING) {
                live.add(d);
            }
        }
        if (live.isEmpty()) {
            return NOTHING;
        }
        return live.size() == 1 ? live.get(0) : new Document("$or", live);
    }

    static String op(Predicate.Operator o) {
        return switch (o) {
            case EQ -> "$eq";
            case NE -> "$ne";
            case LT -> "$lt";
            case LE -> "$lte";
            case GT -> "$gt";
            case GE -> "$gte";
        };
    }

    static Predicate.Operator negate(Predicate.Operator o) {
        return switch (o) {
            case EQ -> Predicate.Operator.NE;
            case NE -> Predicate.Operator.EQ;
            case LT -> Predicate.Operator.GE;
            case LE -> Predicate.Operator.GT;
            case GT -> Predicate.Operator.LE;
            case GE -> Predicate.Operator.LT;
        };
    }

    private static Document compare(String f, Predicate.Operator o, Object v) {
        if (v instanceof Decimal128) {
            // BigDecimals compare through ranges: exact on MongoDB, and on the in-process test server, whose
            // equality on Decimal128 rounds (two 34-digit values one apart are "equal") while its ranges do not.
            if (o == Predicate.Operator.EQ) {
                return new Document(f, new Document("$gte", v).append("$lte", v));
            }
            if (o == Predicate.Operator.NE) {
                return or(List.of(new Document(f, new Document("$lt", v)), new Document(f, new Document("$gt", v))));
            }
        }
        if (o == Predicate.Operator.NE) {
            // $ne alone also matches null and missing fields; SQL's <> does not.
            return and(List.of(new Document(f, new Document("$ne", v)), notNull(f)));
        }
        return new Document(f, new Document(op(o), v));
    }

    /** The documents where {@code p} is TRUE. */
    static Document isTrue(TableSpec t, Filter p) {
        return p.accept(new Truth(t, true));
    }

    /** The documents where {@code p} is FALSE (neither TRUE nor UNKNOWN). */
    static Document isFalse(TableSpec t, Filter p) {
        return p.accept(new Truth(t, false));
    }

    /**
     * The documents where a predicate is TRUE ({@code wanted}) or FALSE: one exhaustive visit, the two
     * translations side by side; NOT flips which one is wanted.
     */
    private static final class Truth implements Filter.Visitor<Document> {
        private final TableSpec t;
        private final boolean wanted;

        Truth(TableSpec t, boolean wanted) {
            this.t = t;
            this.wanted = wanted;
        }

        private List<Document> all(List<Filter> parts) {
            List<Document> out = new ArrayList<>();
            parts.forEach(x -> out.add(x.accept(this)));
            return out;
        }

        @Override
        public Document compare(Filter.Compare p) {
            if (p.value() instanceof ColumnRef other) {   // two fields of the document: either null is UNKNOWN
                String f = field(t, p.column());
                String g = field(t, other.column());
                Predicate.Operator o = wanted ? p.operator() : negate(p.operator());
                return MongoFilters.and(List.of(notNull(f), notNull(g), new Document("$expr",
                        new Document(op(o), List.of("$" + f, "$" + g)))));
            }
            return MongoFilters.compare(field(t, p.column()), wanted ? p.operator() : negate(p.operator()),
                    value(t, p.column(), p.value()));
        }

        @Override
        public Document in(Filter.In p) {
            String f = field(t, p.column());
            boolean matching = wanted != p.negated();
            if (p.values().isEmpty()) {
                return matching ? NOTHING : new Document();
            }
            List<Object> vals = new ArrayList<>();
            for (Object v : p.values()) {
                vals.add(value(t, p.column(), v));
            }
            return matching ? membership(t, p.column(), f, vals, true)
                    : MongoFilters.and(List.of(membership(t, p.column(), f, vals, false), notNull(f)));
        }

        @Override
        public Document isNull(Filter.IsNull p) {
            String f = field(t, p.column());
            return wanted != p.negated() ? new Document(f, null) : notNull(f);
        }

        @Override
        public Document like(Filter.Like p) {
            String f = field(t, p.column());
            Document match = new Document(f, LikePatterns.regex(p.pattern(), p.ignoreCase()));
            return wanted ? match : MongoFilters.and(List.of(notNull(f), new Document("$nor", List.of(match))));
        }

        @Override
        public Document between(Filter.Between p) {
            String f = field(t, p.column());
            Object low = value(t, p.column(), p.low());
            Object high = value(t, p.column(), p.high());
            return wanted ? new Document(f, new Document("$gte", low).append("$lte", high))
                    : MongoFilters.or(List.of(new Document(f, new Document("$lt", low)),
                            new Document(f, new Document("$gt", high))));
        }

        @Override
        public Document and(Filter.And p) {
            return wanted ? MongoFilters.and(all(p.parts())) : MongoFilters.or(all(p.parts()));
        }

        @Override
        public Document or(Filter.Or p) {
            return wanted ? MongoFilters.or(all(p.parts())) : MongoFilters.and(all(p.parts()));
        }

        @Override
        public Document not(Filter.Not p) {
            return p.part().accept(new Truth(t, !wanted));
        }

        @Override
        public Document raw(Filter.Raw p) {
            throw new UnsupportedCapabilityException("mongo", Capability.RAW_SQL, "raw SQL conditions (whereRaw)");
        }

        @Override
        public Document json(Filter.Json p) {
            return MongoJson.truth(field(t, p.column()), p, wanted);
        }

        /** MongoDB does not declare SUBQUERIES: ar-core sends the related keys as an IN list instead. */
        @Override
        public Document exists(Filter.Exists p) {
            throw new IllegalStateException("Exists reached the mongo backend, which does not declare SUBQUERIES");
        }
    }

    /** The filter's shape for the query listener: field names and operators, every value a {@code ?}. */
    static String shape(Object bson) {
        StringBuilder sb = new StringBuilder();
        shape(bson, sb);
        return sb.toString();
    }

    private static void shape(Object v, StringBuilder sb) {
        if (v instanceof Document d) {
            sb.append('{');
            boolean first = true;
            for (var e : d.entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append(": ");
                first = false;
                shape(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (!l.isEmpty() && l.get(0) instanceof Document) {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    sb.append(i == 0 ? "" : ", ");
                    shape(l.get(i), sb);
                }
                sb.append(']');
            } else {
                sb.append("[?").append(l.isEmpty() ? " x0" : " x" + l.size()).append(']');
            }
        } else {
            sb.append('?');
        }
    }

    /** The values the filter binds, in the order {@link #parameters} counts them. */
    static void values(Object v, List<Object> out) {
        if (v instanceof Document d) {
            for (Object x : d.values()) {
                values(x, out);
            }
        } else if (v instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof Document) {
                    values(x, out);
                } else {
                    out.add(x);
                }
            }
        } else if (v != null) {
            out.add(v);
        }
    }

    /** How many values the filter binds (list elements counted one by one). */
    static int parameters(Object v) {
        if (v instanceof Document d) {
            int n = 0;
            for (Object x : d.values()) {
                n += parameters(x);
            }
            return n;
        }
        if (v instanceof List<?> l) {
            int n = 0;
            for (Object x : l) {
                n += x instanceof Document ? parameters(x) : 1;
            }
            return n;
        }
        return v == null ? 0 : 1;
    }

    /** MongoDB's skip is a 32-bit count. */
    static int skip(Select s) {
        if (s.offset() > Integer.MAX_VALUE) {
            throw new QueryException("offset(" + s.offset() + ") on " + s.table().model() + ": MongoDB skips at"
                    + " most " + Integer.MAX_VALUE + " documents; page with a condition on an ordered field instead");
        }
        return (int) (long) s.offset();
    }

    static Document sort(TableSpec t, List<Order> orders) {
        Document d = new Document();
        for (Order o : orders) {
            d.append(MongoFilters.field(t, o.field()), o.ascending() ? 1 : -1);
        }
        return d;
    }

    static Document projection(TableSpec t, List<String> columns) {
        Document d = new Document();
        boolean id = false;
        for (String c : columns) {
            String f = MongoFilters.field(t, c);
            d.append(f, 1);
            id |= f.equals("_id");
        }
        if (!id) {
            d.append("_id", 0);
        }
        return d;
    }
}

package org.ar4j.backend.memory;

import java.util.stream.Collectors;

import org.ar4j.query.Predicate;

/** A condition's shape for statement texts: columns and operators, every value a {@code ?}. */
final class Shapes {
    private Shapes() {
    }

    static String of(Object condition) {
        return condition instanceof Predicate p ? shape(p) : "?";
    }

    private static String shape(Predicate p) {
        if (p instanceof Predicate.Compare c) {
            return c.field() + " " + c.operator() + " ?";
        }
        if (p instanceof Predicate.In in) {
            return in.field() + (in.negated() ? " not in (" : " in (") + in.values().size() + " ?)";
        }
        if (p instanceof Predicate.IsNull n) {
            return n.field() + (n.negated() ? " is not null" : " is null");
        }
        if (p instanceof Predicate.Like l) {
            return l.field() + " like ?";
        }
        if (p instanceof Predicate.Between b) {
            return b.field() + " between ? and ?";
        }
        if (p instanceof Predicate.And a) {
            return a.parts().stream().map(Shapes::shape).collect(Collectors.joining(" and ", "(", ")"));
        }
        if (p instanceof Predicate.Or o) {
            return o.parts().stream().map(Shapes::shape).collect(Collectors.joining(" or ", "(", ")"));
        }
        if (p instanceof Predicate.Not n) {
            return "not " + shape(n.part());
        }
        if (p instanceof Predicate.Exists e) {
            return (e.negated() ? "not exists " : "exists ") + e.table().name() + "." + e.column() + " = "
                    + e.outerColumn() + (e.where() == null ? "" : " and " + shape(e.where()));
        }
        return "?";
    }
}

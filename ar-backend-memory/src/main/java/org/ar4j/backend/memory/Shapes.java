package org.ar4j.backend.memory;

import java.util.stream.Collectors;

import org.ar4j.spi.Filter;

/** A condition's shape for statement texts: columns and operators, every value a {@code ?}. */
final class Shapes {
    private Shapes() {
    }

    static String of(Filter condition) {
        return shape(condition);
    }

    private static String shape(Filter p) {
        if (p instanceof Filter.Compare c) {
            return c.column() + " " + c.operator() + " ?";
        }
        if (p instanceof Filter.In in) {
            return in.column() + (in.negated() ? " not in (" : " in (") + in.values().size() + " ?)";
        }
        if (p instanceof Filter.IsNull n) {
            return n.column() + (n.negated() ? " is not null" : " is null");
        }
        if (p instanceof Filter.Like l) {
            return l.column() + " like ?";
        }
        if (p instanceof Filter.Between b) {
            return b.column() + " between ? and ?";
        }
        if (p instanceof Filter.And a) {
            return a.parts().stream().map(Shapes::shape).collect(Collectors.joining(" and ", "(", ")"));
        }
        if (p instanceof Filter.Or o) {
            return o.parts().stream().map(Shapes::shape).collect(Collectors.joining(" or ", "(", ")"));
        }
        if (p instanceof Filter.Not n) {
            return "not " + shape(n.part());
        }
        if (p instanceof Filter.Exists e) {
            return (e.negated() ? "not exists " : "exists ") + e.table().name() + "." + e.column() + " = "
                    + e.outerColumn() + (e.where() == null ? "" : " and " + shape(e.where()));
        }
        return "?";
    }
}

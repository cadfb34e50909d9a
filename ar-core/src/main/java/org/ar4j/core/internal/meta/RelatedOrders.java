package org.ar4j.core.internal.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.QueryException;
import org.ar4j.query.Order;
import org.ar4j.relation.Relation;
import org.ar4j.spi.Lookup;
import org.ar4j.spi.Select;

/**
 * Orders on a field of the record a BelongsTo points to ({@code Post_.author.then(User_.username).asc()}): checked
 * when the query is built, and turned into lookups (joins) of the owner read with orders on the joined columns when
 * it runs. One BelongsTo step, to a single key, on backends that join.
 */
public final class RelatedOrders {
    private RelatedOrders() {
    }

    /** The order resolved: the target's column, still naming its relation. */
    static Order resolve(ModelInfo model, Order o) {
        RelationInfo r = model.relation(o.through());
        if (r == null) {
            throw new QueryException("orderBy on " + o.through() + "." + o.field() + ": the relation is not declared on "
                    + model.name() + "; order by a field of one of its BelongsTo relations");
        }
        if (r.kind() != Relation.Kind.BELONGS_TO || r.composite() || r.spec().loading().loader() != null) {
            throw new QueryException("orderBy on " + r.qualifiedName() + "." + o.field() + ": ordering follows one"
                    + " BelongsTo to a single key, and " + r.qualifiedName() + " is " + (r.composite()
                    ? "keyed by several fields" : r.spec().loading().loader() != null ? "loaded by a custom loader"
                    : "a " + r.kind()));
        }
        return o.withField(r.target().field(o.field()).column());
    }

    /** Whether any of the orders is on a related record's field. */
    public static boolean any(List<Order> orders) {
        for (Order o : orders) {
            if (o.through() != null) {
                return true;
            }
        }
        return false;
    }

    /** The select with one lookup per relation its orders follow, and those orders on the joined columns. */
    public static Select joined(ModelInfo model, Select s) {
        Map<RelationInfo, List<String>> columns = new LinkedHashMap<>();
        for (Order o : s.orderBy()) {
            if (o.through() != null) {
                List<String> cols = columns.computeIfAbsent(model.relation(o.through()), r -> new ArrayList<>());
                if (!cols.contains(o.field())) {
                    cols.add(o.field());
                }
            }
        }
        List<RelationInfo> relations = new ArrayList<>(columns.keySet());
        List<Order> orders = new ArrayList<>(s.orderBy().size());
        for (Order o : s.orderBy()) {
            if (o.through() == null) {
                orders.add(o);
            } else {
                RelationInfo r = model.relation(o.through());
                String joined = Lookup.orderColumn(relations.indexOf(r), columns.get(r).indexOf(o.field()));
                orders.add(new Order(joined, o.ascending()));
            }
        }
        List<Lookup> lookups = new ArrayList<>();
        columns.forEach((r, cols) -> lookups.add(new Lookup(r.ownerKey().column(), r.target().tableSpec(),
                r.targetKey().column(), r.condition(), cols)));
        return s.withOrderBy(orders).withLookups(lookups);
    }
}

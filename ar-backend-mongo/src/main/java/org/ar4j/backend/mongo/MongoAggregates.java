package org.ar4j.backend.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.MongoException;
import org.bson.Document;

import org.ar4j.query.Order;
import org.ar4j.spi.Aggregate;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;

/** Grouped reads as one aggregation pipeline: $match, $group, $project (flat columns), $sort. */
final class MongoAggregates {
    private final MongoCommands commands;
    private final Function<TableSpec, MongoTarget> targets;

    MongoAggregates(MongoCommands commands, Function<TableSpec, MongoTarget> targets) {
        this.commands = commands;
        this.targets = targets;
    }

    RowCursor aggregate(AggregateSelect s) {
        TableSpec t = s.table();
        Document filter = MongoFilters.filter(t, s.where());
        Document id = new Document();
        Document project = new Document("_id", 0);
        List<String> fields = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        for (int i = 0; i < s.groupBy().size(); i++) {
            String column = s.groupBy().get(i);
            id.append("g" + i, "$" + MongoFilters.field(t, column));
            project.append("g" + i, "$_id.g" + i);
            fields.add("g" + i);
            types.add(t.typeOf(column));
        }
        Document group = new Document("_id", id);
        for (int i = 0; i < s.aggregates().size(); i++) {
            Aggregate a = s.aggregates().get(i);
            group.append("a" + i, accumulator(t, a));
            project.append("a" + i, 1);
            fields.add("a" + i);
            types.add(a.resultType(t));
        }
        List<Document> pipeline = new ArrayList<>();
        pipeline.add(new Document("$match", filter));
        pipeline.add(new Document("$group", group));
        pipeline.add(new Document("$project", project));
        if (!s.orderBy().isEmpty()) {
            Document sort = new Document();
            for (Order o : s.orderBy()) {
                sort.append("g" + s.groupBy().indexOf(o.field()), o.ascending() ? 1 : -1);
            }
            pipeline.add(new Document("$sort", sort));
        }
        long start = System.nanoTime();
        String text = "aggregate " + t.name() + " [$match " + MongoFilters.shape(filter) + ", $group by "
                + String.join(", ", s.groupBy()) + " " + s.aggregates() + ", $project" + (s.orderBy().isEmpty() ? "" : ", $sort")
                + "]";
        MongoCommands.Bound params = commands.bound(filter);
        try {
            return new MongoRows(targets.apply(t).aggregate(pipeline).iterator(), types.toArray(new ColumnType[0]),
                    fields.toArray(new String[0]), commands, new MongoCommands.Shown("aggregate", t.model(), text, params),
                    start);
        } catch (MongoException e) {
            commands.report("aggregate", t.model(), text, params, start, 0, e);
            throw MongoErrors.failure("aggregate on " + t.name(), e, "", false);
        }
    }

    private static Document accumulator(TableSpec t, Aggregate a) {
        if (a.column() == null) {
            return new Document("$sum", 1);
        }
        String f = "$" + MongoFilters.field(t, a.column());
        return switch (a.function()) {
            case COUNT -> new Document("$sum", new Document("$cond", List.of(
                    new Document("$eq", List.of(new Document("$ifNull", List.of(f, "__ar4j_null__")), "__ar4j_null__")), 0, 1)));
            case SUM -> new Document("$sum", f);
            case MIN -> new Document("$min", f);
            case MAX -> new Document("$max", f);
        };
    }

    /** Exact per-owner limit: sort, group by the partition key, keep the first n of each group. */
    RowCursor partitioned(Select s, Document filter, ColumnType[] types, String[] fields) {
        TableSpec t = s.table();
        String key = MongoFilters.field(t, s.partition().column());
        List<Document> pipeline = new ArrayList<>();
        pipeline.add(new Document("$match", filter));
        Document order = MongoFilters.sort(t, s.orderBy());
        if (!order.isEmpty()) {
            pipeline.add(new Document("$sort", order));
        }
        pipeline.add(new Document("$group", new Document("_id", "$" + key).append("docs", new Document("$push", "$$ROOT"))));
        pipeline.add(new Document("$project", new Document("docs", new Document("$slice",
                List.of("$docs", s.partition().limit())))));
        pipeline.add(new Document("$unwind", "$docs"));
        pipeline.add(new Document("$replaceRoot", new Document("newRoot", "$docs")));
        Document outer = new Document(key, 1);
        outer.putAll(order);
        pipeline.add(new Document("$sort", outer));
        long start = System.nanoTime();
        String text = "aggregate " + t.name() + " [$match " + MongoFilters.shape(filter) + ", $sort, $group by " + key
                + ", $slice ?, $unwind, $replaceRoot, $sort]";
        MongoCommands.Bound params = commands.bound(filter, s.partition().limit());
        try {
            return new MongoRows(targets.apply(t).aggregate(pipeline).iterator(), types, fields, commands,
                    new MongoCommands.Shown("aggregate", t.model(), text, params), start);
        } catch (MongoException e) {
            commands.report("aggregate", text, params, start, 0, e);
            throw MongoErrors.failure("aggregate on " + t.name(), e, "", false);
        }
    }
}

package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.TableSpec;

/** Orders tables so that a table comes after the tables its foreign keys refer to (cycles keep their order). */
final class TableOrder {
    private TableOrder() {
    }

    static List<TableSpec> referencedFirst(List<TableSpec> tables) {
        Map<String, TableSpec> byName = new LinkedHashMap<>();
        for (TableSpec t : tables) {
            byName.put(t.name(), t);
        }
        List<TableSpec> out = new ArrayList<>();
        Map<String, Boolean> state = new LinkedHashMap<>();   // false: being placed, true: placed
        for (TableSpec t : tables) {
            place(t, byName, state, out);
        }
        return out;
    }

    private static void place(TableSpec t, Map<String, TableSpec> byName, Map<String, Boolean> state, List<TableSpec> out) {
        if (state.containsKey(t.name())) {
            return;   // placed, or on the current path: a cycle, broken here
        }
        state.put(t.name(), false);
        for (ForeignKeySpec fk : t.foreignKeys()) {
            TableSpec referenced = byName.get(fk.referencedTable());
            if (referenced != null && referenced != t) {
                place(referenced, byName, state, out);
            }
        }
        state.put(t.name(), true);
        out.add(t);
    }
}

package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.Database;
import org.ar4j.ModelDefinitionException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.Naming;
import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.TableSpec;

/** Schema operations from model metadata; indexes every declared foreign key and join key. */
final class SchemaImpl implements Database.Schema {
    private final DatabaseImpl db;

    SchemaImpl(DatabaseImpl db) {
        this.db = db;
    }

    @Override
    public void create(Class<?>... models) {
        for (TableSpec t : specs(models)) {
            db.backend().createTable(t, false);
        }
    }

    @Override
    public void createIfMissing(Class<?>... models) {
        for (TableSpec t : specs(models)) {
            db.backend().createTable(t, true);
        }
    }

    @Override
    public void drop(Class<?>... models) {
        for (Class<?> m : models) {
            db.backend().dropTable(ModelRegistry.unverified(m).tableSpec(), false);
        }
    }

    @Override
    public void dropIfExists(Class<?>... models) {
        for (Class<?> m : models) {
            db.backend().dropTable(ModelRegistry.unverified(m).tableSpec(), true);
        }
    }

    private List<TableSpec> specs(Class<?>[] models) {
        List<ModelInfo> infos = new ArrayList<>();
        for (Class<?> m : models) {
            infos.add(ModelRegistry.of(m));
        }
        // Foreign keys may be declared on either side (BelongsTo on the child, HasMany on the
        // parent), so every verified model contributes indexes to the tables being created.
        Map<String, Set<String>> fkColumns = new LinkedHashMap<>();
        for (ModelInfo m : ModelRegistry.known()) {
            Map<String, RelationInfo> rels;
            try {
                rels = m.relations();
            } catch (ModelDefinitionException e) {
                if (infos.contains(m)) {
                    throw e;
                }
                continue;
            }
            for (RelationInfo r : rels.values()) {
                for (FieldInfo key : r.indexedKeys()) {
                    ModelInfo holder = r.modelOf(key);
                    if (!key.isId()) {
                        fkColumns.computeIfAbsent(holder.table(), t -> new LinkedHashSet<>()).add(key.column());
                    }
                }
            }
        }
        List<TableSpec> out = new ArrayList<>();
        for (ModelInfo m : infos) {
            TableSpec base = m.tableSpec();
            List<IndexSpec> indexes = new ArrayList<>(base.indexes());
            for (String col : fkColumns.getOrDefault(m.table(), Set.of())) {
                boolean uniqueAlready = m.findField(col) != null && m.findField(col).columnSpec().unique();
                if (!uniqueAlready) {
                    indexes.add(new IndexSpec(Naming.indexName("ix", m.table(), col), List.of(col), false));
                }
            }
            out.add(base.withIndexes(indexes));
        }
        return out;
    }
}

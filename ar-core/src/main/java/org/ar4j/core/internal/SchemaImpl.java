package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.Database;
import org.ar4j.SchemaMismatchException;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.core.internal.meta.Hierarchy;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.ModelSet;
import org.ar4j.core.internal.meta.Naming;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.schema.SchemaReport;
import org.ar4j.ArgumentException;
import org.ar4j.Capability;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IndexSpec;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.TableSpec;

/**
 * Schema operations from model metadata: every declared foreign and join key indexed, a foreign-key
 * constraint for every BelongsTo key (SQL backends, unless switched off), tables created referenced-first
 * and dropped referencing-first, and validation and migrations through {@link SchemaDiff}.
 */
final class SchemaImpl implements Database.Schema {
    private final DatabaseImpl db;

    SchemaImpl(DatabaseImpl db) {
        this.db = db;
    }

    @Override
    public void create(Class<?>... models) {
        create(models, false);
    }

    @Override
    public void createIfMissing(Class<?>... models) {
        create(models, true);
    }

    /** Creates the tables, then their foreign keys (where the database adds them to existing tables). */
    private void create(Class<?>[] models, boolean ifMissing) {
        List<TableSpec> specs = specs(models);
        requireWritable(models, ifMissing ? "schema().createIfMissing" : "schema().create");
        List<SchemaChange> foreignKeys = new ArrayList<>();
        for (TableSpec t : specs) {
            java.util.Optional<org.ar4j.spi.LiveTable> live = ifMissing ? db.backend().inspect(t) : java.util.Optional.empty();
            if (live.isPresent()) {
                db.checks().ids().seen(t, live.get());
                continue;
            }
            db.backend().createTable(t, false);
            db.checks().ids().created(t);
            for (ForeignKeySpec fk : t.foreignKeys()) {
                foreignKeys.add(new SchemaChange.AddForeignKey(t, fk));
            }
        }
        if (!foreignKeys.isEmpty()) {
            db.backend().migrate(foreignKeys);
        }
    }

    @Override
    public void drop(Class<?>... models) {
        List<TableSpec> specs = specs(models);
        requireWritable(models, "schema().drop");
        for (int i = specs.size() - 1; i >= 0; i--) {
            db.backend().dropTable(specs.get(i), false);
        }
    }

    @Override
    public void dropIfExists(Class<?>... models) {
        List<TableSpec> specs = specs(models);
        requireWritable(models, "schema().dropIfExists");
        for (int i = specs.size() - 1; i >= 0; i--) {
            db.backend().dropTable(specs.get(i), true);
        }
    }

    @Override
    public SchemaReport validate(Class<?>... models) {
        return new SchemaReport(db.backendName(), diff(models).problems);
    }

    @Override
    public void requireValid(Class<?>... models) {
        SchemaReport report = validate(models);
        if (!report.isClean()) {
            throw new SchemaMismatchException(report);
        }
    }

    @Override
    public String migrationScript(Class<?>... models) {
        List<SchemaChange> changes = diff(models).changes;
        if (changes.isEmpty()) {
            return "";
        }
        List<SchemaChange> withHeader = new ArrayList<>();
        withHeader.add(new SchemaChange.Note(changes.get(0).table(), "ar4j: brings the " + db.backendName()
                + " database to the models " + names(models)));
        withHeader.addAll(changes);
        StringBuilder sb = new StringBuilder();
        for (String line : db.backend().migration(withHeader)) {
            boolean comment = line.startsWith("--") || line.startsWith("//");
            sb.append(line).append(comment || line.endsWith(";") ? "" : ";").append('\n');
        }
        return sb.toString();
    }

    @Override
    public void migrate(Class<?>... models) {
        List<SchemaChange> changes = diff(models).changes;
        if (!changes.isEmpty()) {
            db.backend().migrate(changes);
        }
    }

    /** The differences of the models' tables; a read-only model's view is compared by its columns only. */
    private SchemaDiff diff(Class<?>[] models) {
        List<TableSpec> specs = specs(models);
        Set<String> readOnly = new HashSet<>();
        Map<String, Set<String>> enumTexts = new HashMap<>();
        for (Class<?> c : models) {
            ModelInfo m = db.models().of(c);
            if (m.readOnly()) {
                readOnly.add(m.table());
            }
            for (FieldInfo f : m.fields()) {
                Set<String> texts = f.storedEnumTexts();
                if (!texts.isEmpty()) {
                    enumTexts.put(m.table() + "." + f.column(), texts);
                }
            }
        }
        return SchemaDiff.of(db.backend(), specs, readOnly, enumTexts);
    }

    private void requireWritable(Class<?>[] models, String operation) {
        for (Class<?> c : models) {
            db.models().of(c).requireWritable(operation);
        }
    }

    private boolean exists(String table) {
        for (ModelInfo m : db.models().all()) {
            if (m.table().equals(table)) {
                return db.backend().inspect(m.storedTable()).isPresent();
            }
        }
        return false;
    }

    private static String names(Class<?>[] models) {
        List<String> names = new ArrayList<>();
        for (Class<?> m : models) {
            names.add(m.getSimpleName());
        }
        return String.join(", ", names);
    }

    /**
     * The models whose relations declare keys of these models' tables. Foreign keys may be declared on either side
     * (BelongsTo on the child, HasMany on the parent), so every model these reach through relations, and those the
     * database was built with, contributes: the same models, in the same order, whatever classes the JVM loaded
     * before (never "every model so far").
     */
    private List<ModelInfo> related(List<ModelInfo> infos) {
        List<ModelInfo> start = new ArrayList<>(infos);
        start.addAll(db.models().given());
        return ModelSet.closure(start, infos);
    }

    /**
     * The models of these classes' tables, one per table: a single-table hierarchy's root stands for its members,
     * which go into {@code members} (their relations declare keys of the table too).
     */
    private List<ModelInfo> tablesOf(Class<?>[] models, List<ModelInfo> members) {
        Map<String, ModelInfo> byTable = new LinkedHashMap<>();
        for (Class<?> m : models) {
            ModelInfo info = db.models().use(m);
            Hierarchy h = info.hierarchy();
            byTable.putIfAbsent(info.table(), h == null ? info : db.models().use(h.root().type()));
            if (h != null) {
                h.members().forEach(x -> members.add(db.models().use(x.type())));
            }
        }
        return new ArrayList<>(byTable.values());
    }

    /** Whether an index's fields lead the model's primary key, whose own index then serves it. */
    private static boolean leadsTheKey(RelationInfo.KeyIndex ix) {
        List<FieldInfo> key = ix.model().key() == null ? List.of() : ix.model().key().fields();
        return ix.fields().size() <= key.size() && key.subList(0, ix.fields().size()).equals(ix.fields());
    }

    /** The tables of these models with their key indexes and foreign keys, referenced tables first. */
    List<TableSpec> specs(Class<?>[] models) {
        ArgumentException.requireNonNull(models, "db.schema()", "array of model classes", "pass the models, such as"
                + " Book.class, Writer.class");
        List<ModelInfo> members = new ArrayList<>();
        List<ModelInfo> infos = tablesOf(models, members);
        Map<String, Set<List<String>>> fkColumns = new LinkedHashMap<>();
        Map<String, List<ForeignKeySpec>> constraints = new LinkedHashMap<>();
        boolean declareConstraints = db.foreignKeys() && db.backend().supports(Capability.FOREIGN_KEYS);
        List<ModelInfo> start = new ArrayList<>(infos);
        start.addAll(members);
        for (ModelInfo m : related(start)) {   // each verified: the closure leaves out a broken model only reached
            for (RelationInfo r : m.relations().values()) {
                for (RelationInfo.KeyIndex ix : r.keyIndexes()) {
                    if (!leadsTheKey(ix)) {
                        fkColumns.computeIfAbsent(ix.model().table(), t -> new LinkedHashSet<>())
                                .add(ix.fields().stream().map(FieldInfo::column).toList());
                    }
                }
                ForeignKeySpec fk = declareConstraints ? r.foreignKey() : null;
                if (fk != null) {
                    List<ForeignKeySpec> list = constraints.computeIfAbsent(r.owner().table(), t -> new ArrayList<>());
                    if (list.stream().noneMatch(f -> f.column().equals(fk.column()))) {
                        list.add(fk);
                    }
                }
            }
        }
        Set<String> batch = new LinkedHashSet<>();
        infos.forEach(m -> batch.add(m.table()));
        List<TableSpec> out = new ArrayList<>();
        for (ModelInfo m : infos) {
            TableSpec base = m.storedTable();
            List<IndexSpec> indexes = new ArrayList<>(base.indexes());
            if (!db.backend().supports(Capability.JSON_PATH_INDEXES)) {
                indexes.removeIf(IndexSpec::onPath);
            }
            Map<String, ColumnSpec> byName = new HashMap<>();
            base.columns().forEach(c -> byName.put(c.name(), c));
            for (List<String> cols : fkColumns.getOrDefault(m.table(), Set.of())) {
                if (!byName.keySet().containsAll(cols)) {
                    continue;   // another model on the same table declares it
                }
                boolean unique = cols.size() == 1 && byName.get(cols.get(0)).unique();
                if (!unique && indexes.stream().noneMatch(i -> i.columns().equals(cols))) {
                    indexes.add(new IndexSpec(Naming.indexName("ix", m.table(), String.join("_", cols)), cols, false));
                }
            }
            List<ForeignKeySpec> fks = new ArrayList<>();
            for (ForeignKeySpec fk : constraints.getOrDefault(m.table(), List.of())) {
                if (byName.containsKey(fk.column()) && db.backend().declaresForeignKey(base, fk)
                        && (batch.contains(fk.referencedTable())
                        || exists(fk.referencedTable()))) {
                    fks.add(fk);   // a key to a table that does not exist yet is declared once both do
                }
            }
            out.add(base.with(indexes, fks));
        }
        return TableOrder.referencedFirst(out);
    }
}

package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.ConversionException;
import org.ar4j.core.internal.meta.Morph;
import org.ar4j.core.internal.meta.ModelInfo;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.core.internal.session.Origin;

/**
 * MorphTo: the owners grouped by the type they name, then one read by id per type present (chunked as any keyed
 * read). The records of one type are peers of each other, not of the other types' records, so a lazy load from one
 * of them batches over records of its own model.
 */
final class MorphToLoader implements KindLoader {
    @Override
    public void load(LoadBatch batch, Linker linker, List<ActiveRecord<?>> loaded) {
        RelationInfo rel = batch.relation();
        Morph morph = rel.morph();
        Map<String, List<Object>> keysByType = new LinkedHashMap<>();
        Map<String, Set<Object>> seen = new HashMap<>();
        for (ActiveRecord<?> owner : batch.owners()) {
            String type = type(rel, owner);
            Object k = rel.ownerKey().storedValue(owner);
            if (type != null && k != null && seen.computeIfAbsent(type, t -> new HashSet<>()).add(Values.key(k))) {
                keysByType.computeIfAbsent(type, t -> new ArrayList<>()).add(Values.coerceKey(morph.target(type).id(), k));
            }
        }
        Map<String, Map<Object, ActiveRecord<?>>> found = new HashMap<>();
        for (Map.Entry<String, List<Object>> e : keysByType.entrySet()) {
            ModelInfo target = morph.target(e.getKey());
            List<ActiveRecord<?>> ofType = new ArrayList<>();
            Origin origin = Origin.read(batch.session(), batch.mode(), ofType);
            Map<Object, ActiveRecord<?>> byKey = new HashMap<>();
            new KeyedRead(target, target.key(), target.visibleCondition(), List.of(), null, KeyedRead.Strategy.ALL)
                    .read(batch.session(), e.getValue(), origin, r -> {
                        ofType.add(r);
                        byKey.putIfAbsent(Keys.lookup(target.key(), r), r);
                    });
            loaded.addAll(ofType);
            found.put(e.getKey(), byKey);
        }
        for (int i = 0; i < batch.owners().size(); i++) {
            ActiveRecord<?> owner = batch.owners().get(i);
            Object k = Keys.lookup(rel.ownerKeys(), owner);
            String type = (String) morph.typeField().storedValue(owner);
            linker.value(i, k == null || type == null ? null : found.getOrDefault(type, Map.of()).get(k));
        }
    }

    /** The owner's type name, checked to name a declared model; null when the type or the key is null. */
    private static String type(RelationInfo rel, ActiveRecord<?> owner) {
        Morph morph = rel.morph();
        Object type = morph.typeField().storedValue(owner);
        if (type == null) {
            return null;
        }
        if (morph.target((String) type) == null) {
            throw new ConversionException(rel.owner().name() + " " + (rel.owner().id() == null ? ""
                    : rel.owner().id().storedValue(owner)) + ": "
                    + morph.typeField().qualifiedName() + " '" + type + "' names none of the models of "
                    + rel.qualifiedName() + " (" + morph.names() + "). Fix: store one of those names, or add the model"
                    + " to morphTo(...); a model's name is its simple class name or its @TypeName", null);
        }
        return (String) type;
    }
}

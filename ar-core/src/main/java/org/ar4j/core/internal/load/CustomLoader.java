package org.ar4j.core.internal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.relation.RelationLoader;

/** A relation with its own {@link RelationLoader}: one call for the batch, its answer checked. */
final class CustomLoader implements KindLoader {
    @Override
    @SuppressWarnings("unchecked")
    public void load(LoadBatch batch, Linker linker, List<ActiveRecord<?>> loaded) {
        RelationInfo rel = batch.relation();
        // The owners' model was checked against the loader's declared owner type when the relation was verified.
        @SuppressWarnings("rawtypes")
        RelationLoader loader = rel.spec().loading().loader();
        List<? extends ActiveRecord<?>> owners = batch.owners();
        List<?> got = loader.load(Collections.unmodifiableList(owners));
        if (got == null || got.size() != owners.size()) {
            throw new Ar4jException("The loader of " + rel.qualifiedName() + " returned "
                    + (got == null ? "null" : got.size() + " values") + " for " + owners.size()
                    + " owners; it must return exactly one value per owner, in order");
        }
        // Every value is checked before any is set: a bad answer leaves no owner with a cached value.
        List<Object> values = new ArrayList<>(owners.size());
        Set<ActiveRecord<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < owners.size(); i++) {
            Object v = got.get(i);
            if (rel.isCollection()) {
                if (v != null && !(v instanceof List<?>)) {
                    throw new Ar4jException("The loader of " + rel.qualifiedName() + " returned a "
                            + v.getClass().getSimpleName() + "; a collection relation needs a List per owner");
                }
                List<?> list = v == null ? List.of() : Collections.unmodifiableList(new ArrayList<>((List<?>) v));
                for (Object o : list) {
                    if (seen.add((ActiveRecord<?>) o)) {
                        loaded.add((ActiveRecord<?>) o);
                    }
                }
                v = list;
            } else if (v != null) {
                if (!rel.target().type().isInstance(v)) {
                    throw new Ar4jException("The loader of " + rel.qualifiedName() + " returned a "
                            + v.getClass().getSimpleName() + "; expected a " + rel.target().name() + " or null");
                }
                if (seen.add((ActiveRecord<?>) v)) {
                    loaded.add((ActiveRecord<?>) v);
                }
            }
            values.add(v);
        }
        for (int i = 0; i < values.size(); i++) {
            linker.value(i, values.get(i));
        }
    }
}

package org.ar4j.core.internal.meta;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ar4j.Embedded;
import org.ar4j.Id;
import org.ar4j.ModelDefinitionException;

/** Reads a model's mapped fields in order, each by its Java and column name into the model's name table. */
final class FieldsReader {
    private final String name;
    private final ModelRegistry registry;
    private final Map<String, FieldInfo> byName;

    FieldsReader(String name, ModelRegistry registry, Map<String, FieldInfo> byName) {
        this.name = name;
        this.registry = registry;
        this.byName = byName;
    }

    /**
     * Reads the mapped fields in order into {@code list} (an embedded one as its leaves), each one's Java field into
     * {@code declaredAs}, the leaves' document paths into {@code documentPaths}; returns the id fields (none, one, or
     * the parts of a composite key).
     */
    List<FieldInfo> read(List<Field> ordered, MethodHandles.Lookup lookup, List<FieldInfo> list,
                                       List<Field> declaredAs, Map<String, String> documentPaths) {
        List<FieldInfo> idFields = new ArrayList<>();
        boolean composite = ordered.stream().filter(f -> f.isAnnotationPresent(Id.class)).count() > 1;
        for (Field f : ordered) {
            if (f.isAnnotationPresent(Embedded.class)) {
                if (f.isAnnotationPresent(Id.class)) {
                    throw new ModelDefinitionException(name + "." + f.getName() + " is both @Id and @Embedded; a key is"
                            + " made of plain fields: put @Id on each of its parts (a composite key) instead");
                }
                for (Embeddeds.Leaf leaf : Embeddeds.expand(name, lookup, f, list.size(), registry)) {
                    add(leaf.info(), list);
                    declaredAs.add(leaf.declared());
                    documentPaths.put(leaf.info().column, leaf.documentPath());
                }
                continue;
            }
            FieldInfo fi = ModelReader.field(name, lookup, f, list.size(), registry, composite);
            if (fi.id) {
                idFields.add(fi);
            }
            add(fi, list);
            declaredAs.add(f);
        }
        return idFields;
    }

    private void add(FieldInfo fi, List<FieldInfo> list) {
        list.add(fi);
        putName(fi.javaName, fi);
        putName(fi.column, fi);
    }

    private void putName(String key, FieldInfo fi) {
        FieldInfo prev = byName.put(key, fi);
        if (prev != null && prev != fi) {
            throw new ModelDefinitionException(name + ": fields " + prev.javaName + " and " + fi.javaName
                    + " both map to the name '" + key + "'; rename one or give it another @Column name");
        }
    }
}

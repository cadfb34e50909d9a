package org.ar4j.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ar4j.core.internal.meta.RelationInfo;

/** One relation of an eager-loading tree, with its optional scope and nested relations. Immutable once built. */
final class EagerNode {
    final RelationInfo relation;
    final QueryImpl<?> scope;
    final Map<String, EagerNode> children;

    EagerNode(RelationInfo relation, QueryImpl<?> scope, Map<String, EagerNode> children) {
        this.relation = relation;
        this.scope = scope;
        this.children = children;
    }

    static Map<String, EagerNode> copy(Map<String, EagerNode> nodes) {
        Map<String, EagerNode> out = new LinkedHashMap<>();
        nodes.forEach((k, v) -> out.put(k, new EagerNode(v.relation, v.scope, copy(v.children))));
        return out;
    }
}

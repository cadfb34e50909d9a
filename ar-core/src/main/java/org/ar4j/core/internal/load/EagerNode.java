package org.ar4j.core.internal.load;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ar4j.core.internal.meta.RelationInfo;
import java.util.Collections;

/**
 * One relation of an eager-loading tree, with its optional scope and nested relations. Immutable.
 *
 * @param relation the relation
 * @param scope    the conditions the path adds, or null
 * @param children nested relations, by name
 */
public record EagerNode(RelationInfo relation, Scope scope, Map<String, EagerNode> children) {
    /** Copies the children. */
    public EagerNode {
        children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
    }
}

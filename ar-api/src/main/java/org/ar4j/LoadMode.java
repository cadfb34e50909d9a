package org.ar4j;

/**
 * How a relation that was not eager-loaded is loaded on first access.
 * Set globally with {@link Database#setLoadMode(LoadMode)} or per query with
 * {@link org.ar4j.query.Query#loadMode(LoadMode)}.
 */
public enum LoadMode {
    /**
     * The default: the first access on a record that came from a multi-row query loads the
     * relation for every record of that query in one batched query, so iterating N owners
     * costs one query per relation instead of N.
     */
    PEERS,
    /** Classic lazy loading: each access loads the relation for that one record. */
    ONE,
    /** Any lazy load throws {@link LazyLoadViolation}: every relation must be eager-loaded. */
    STRICT
}

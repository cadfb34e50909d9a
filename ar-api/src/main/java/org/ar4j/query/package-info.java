/**
 * The portable query API: {@link org.ar4j.query.Query} builds reads and bulk writes from
 * {@link org.ar4j.query.Predicate}s (made with {@link org.ar4j.query.Where}) and
 * {@link org.ar4j.query.Order}s. Field names are checked against the model; values are always
 * bound, never spliced into query text.
 */
package org.ar4j.query;

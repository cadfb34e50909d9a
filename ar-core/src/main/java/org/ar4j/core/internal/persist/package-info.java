/**
 * Saving, deleting, reloading and batch-inserting records, cascades, and the write operations on
 * relations. Depends on {@code query}, {@code load}, {@code session} and {@code meta}.
 */
package org.ar4j.core.internal.persist;

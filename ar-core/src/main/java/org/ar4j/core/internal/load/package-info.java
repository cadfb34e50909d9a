/**
 * Relation loading as objects: a {@link org.ar4j.core.internal.load.LoadBatch} per relation level, one
 * loader per relation kind, the eager tree's {@link org.ar4j.core.internal.load.Scope}s. Depends on
 * {@code session} and {@code meta}.
 */
package org.ar4j.core.internal.load;

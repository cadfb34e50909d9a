/**
 * The {@link org.ar4j.query.Query} implementation and the parsing of eager-loading paths. Depends on
 * {@code load}, {@code session} and {@code meta}.
 */
package org.ar4j.core.internal.query;

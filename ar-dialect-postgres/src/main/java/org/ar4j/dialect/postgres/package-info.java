/**
 * The PostgreSQL backend: {@link org.ar4j.dialect.postgres.PostgresDialect} and its provider,
 * found through {@link java.util.ServiceLoader} for {@code jdbc:postgresql:} URLs.
 */
package org.ar4j.dialect.postgres;

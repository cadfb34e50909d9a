/**
 * The shared SQL machinery for dialect authors: subclass {@link org.ar4j.sql.SqlDialect} for what your
 * database does differently and {@link org.ar4j.sql.SqlBackendProvider} to register it. Everything else
 * (rendering, binding, pooling with HikariCP, transactions, cursors, generated keys) lives in
 * {@code org.ar4j.sql.internal}, which is not API.
 */
package org.ar4j.sql;

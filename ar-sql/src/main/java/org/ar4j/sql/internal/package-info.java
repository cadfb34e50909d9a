/**
 * The SQL backend's implementation: not API, may change in any release. Split by responsibility:
 * {@code SqlBackend} (the portable operations), {@code SqlConnections} (pool, the connection a thread's
 * transaction holds, streams' own connections), {@code SqlTransaction}, {@code SqlCursor},
 * {@code SqlInserts} (generated keys), {@code SqlRenderer} (statements and DDL), {@code Statements}
 * (reporting). The standard JDBC mapping and constraint classification a dialect may call are public
 * ({@code StandardJdbc}, {@code StandardConstraints}).
 */
package org.ar4j.sql.internal;

/**
 * The SQL backend's implementation: not API, may change in any release. Split by responsibility:
 * {@code SqlBackend} (the portable operations), {@code SqlConnections} (pool, the connection a thread's
 * transaction holds, streams' own connections), {@code SqlTransaction}, {@code SqlCursor},
 * {@code SqlInserts} (generated keys), {@code SqlRenderer} (statements and DDL), {@code Statements}
 * (reporting), {@code SqlConstraints} (constraint violations).
 */
package org.ar4j.sql.internal;

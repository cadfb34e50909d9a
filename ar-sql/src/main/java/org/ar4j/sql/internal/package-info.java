/**
 * The SQL backend's implementation: not API, may change in any release. Split by responsibility:
 * {@code SqlBackend} (the portable operations), {@code SqlConnections} (pool, the connection a thread's
 * transaction holds, streams' own connections), {@code SqlTransaction}, {@code SqlCursor},
 * {@code SqlInserts} (generated keys), {@code SqlRenderer} (statements and DDL), {@code Statements}
 * (reporting), {@code Binding} (values through the dialect's codecs). What a dialect hands over is public, in
 * {@code org.ar4j.sql} ({@code DialectParts}).
 */
package org.ar4j.sql.internal;

/**
 * The shared SQL machinery SQL dialects plug into: extend {@link org.ar4j.core.sql.SqlDialect}
 * with what differs about your database (quoting, types, limits, generated keys, capabilities)
 * and open an {@link org.ar4j.core.sql.SqlBackend} from your
 * {@link org.ar4j.spi.BackendProvider}. Rendering, binding, pooling (HikariCP), transactions and
 * query reporting are done here, once.
 */
package org.ar4j.core.sql;

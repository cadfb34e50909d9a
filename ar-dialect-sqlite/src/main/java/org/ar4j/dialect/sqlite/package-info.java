/**
 * The SQLite backend, ar4j's embedded default: {@link org.ar4j.dialect.sqlite.SqliteDialect} and
 * its provider, found through {@link java.util.ServiceLoader} for {@code jdbc:sqlite:} URLs.
 */
package org.ar4j.dialect.sqlite;

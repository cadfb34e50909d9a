package org.ar4j.spi;

/**
 * One column as the database's catalogue describes it.
 *
 * @param name      the column name
 * @param type      the database's type, as it reports it (for messages and the backend's own comparison)
 * @param nullable  whether the column accepts nulls
 * @param generated whether the database generates its values (identity, auto-increment)
 */
public record LiveColumn(String name, String type, boolean nullable, boolean generated) {
}

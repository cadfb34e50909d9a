package org.ar4j.spi;

/**
 * One column as the database's catalogue describes it.
 *
 * @param name       the column name
 * @param type       the database's type, as it reports it (for messages and the backend's own comparison)
 * @param nullable   whether the column accepts nulls
 * @param generated  whether the database generates its values (identity, auto-increment)
 * @param definition the column's definition exactly as the catalogue states it, without its nullability (type
 *                   with its size, character set and collation, default), for databases that restate a whole
 *                   column to change one property of it (MySQL's {@code MODIFY COLUMN}); null where not read
 */
public record LiveColumn(String name, String type, boolean nullable, boolean generated, String definition) {
    /** A column whose full definition was not read. */
    public LiveColumn(String name, String type, boolean nullable, boolean generated) {
        this(name, type, nullable, generated, null);
    }
}

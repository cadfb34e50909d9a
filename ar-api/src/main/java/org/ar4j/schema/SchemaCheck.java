package org.ar4j.schema;

/** What {@code Database.builder().schemaCheck(...)} does when the database differs from the models at start-up. */
public enum SchemaCheck {
    /** Nothing is checked (the default). */
    OFF,
    /** The report is logged at WARN on {@code org.ar4j.schema}; the database opens. */
    WARN,
    /** The database does not open: {@link org.ar4j.SchemaMismatchException} with the whole report. */
    FAIL
}

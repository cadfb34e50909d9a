/**
 * Schema lifecycle: validation of the models against the live database ({@link org.ar4j.schema.SchemaReport}),
 * and the start-up check ({@link org.ar4j.schema.SchemaCheck}). Migration files for Flyway are written by
 * {@code org.ar4j.tools.FlywayMigrations} in ar-tools.
 */
package org.ar4j.schema;

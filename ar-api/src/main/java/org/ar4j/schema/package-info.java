/**
 * Schema lifecycle: validation of the models against the live database ({@link org.ar4j.schema.SchemaReport}),
 * the start-up check ({@link org.ar4j.schema.SchemaCheck}) and migration files for Flyway
 * ({@link org.ar4j.schema.FlywayMigrations}).
 */
package org.ar4j.schema;

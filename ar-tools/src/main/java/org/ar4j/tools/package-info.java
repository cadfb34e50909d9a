/**
 * Tools around ar4j that applications do not compile against: {@link org.ar4j.tools.FlywayMigrations} writes a
 * database's schema drift as the next Flyway migration file, from a build or the command line.
 */
package org.ar4j.tools;

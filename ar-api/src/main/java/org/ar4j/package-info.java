/**
 * The application-facing API of ar4j: the {@link org.ar4j.ActiveRecord} base class, the
 * model annotations, {@link org.ar4j.Database} and the exceptions. Relation descriptors live in
 * {@link org.ar4j.relation}, the portable query API in {@link org.ar4j.query} and the backend
 * SPI in {@code org.ar4j.spi} (module ar-spi).
 */
package org.ar4j;

/**
 * The in-memory reference backend ({@code memory:<name>}): tables as rows in the JVM, conditions evaluated with
 * SQL's three-valued logic, a single writer at a time with read-committed reads, savepoints, unique and not-null
 * constraints. It exists to pin down what the SPI means and to run the whole TCK in seconds; nothing is persisted.
 */
package org.ar4j.backend.memory;

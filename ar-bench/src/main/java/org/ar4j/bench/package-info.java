/**
 * JMH benchmarks: ar4j against hand-written JDBC, Hibernate 6.6 and the plain MongoDB driver on
 * the same data in one run. See docs/performance.md for the command and the results.
 */
package org.ar4j.bench;

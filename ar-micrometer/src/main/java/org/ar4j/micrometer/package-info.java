/** Micrometer metrics for ar4j: {@link org.ar4j.micrometer.Ar4jMetrics}. */
package org.ar4j.micrometer;

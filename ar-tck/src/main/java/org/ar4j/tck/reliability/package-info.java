/**
 * Reliability checks a backend module runs against its real server, beside the TCK: streaming in
 * bounded memory, pool exhaustion, connection failures and server restarts. They need
 * backend-specific set-up (bulk data, server commands), so each backend calls them from its own
 * test classes.
 */
package org.ar4j.tck.reliability;

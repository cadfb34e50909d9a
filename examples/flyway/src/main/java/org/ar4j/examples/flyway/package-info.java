/** Two releases of a small model, for the Flyway round trip (docs/schema.md). */
package org.ar4j.examples.flyway;

/** The TCK scenarios, one class per area. Every class extends {@link org.ar4j.tck.TckScenario}. */
package org.ar4j.tck.scenarios;

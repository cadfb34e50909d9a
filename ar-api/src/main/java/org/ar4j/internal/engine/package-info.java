/**
 * Not API: the bridge from ar-api to its one implementation, ar-core, found through
 * {@link java.util.ServiceLoader}. Neither applications nor backend authors use it; it is public only because the
 * API classes and the engine live in different jars, it is left out of the API's javadoc, and it may change in any
 * release.
 */
package org.ar4j.internal.engine;

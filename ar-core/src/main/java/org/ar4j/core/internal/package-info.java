/**
 * ar-core's implementation. Not API: nothing here is stable, and applications never import it.
 */
package org.ar4j.core.internal;

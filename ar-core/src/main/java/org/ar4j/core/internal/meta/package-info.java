/** Model metadata: fields, ids, relations, naming and value conversion. Internal. */
package org.ar4j.core.internal.meta;

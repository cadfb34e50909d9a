/** Jackson 3 for ar4j: the codec of {@code @Json} fields. */
package org.ar4j.jackson;

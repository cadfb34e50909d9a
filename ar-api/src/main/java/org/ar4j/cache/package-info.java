/**
 * Where loaded relation values are kept: {@link org.ar4j.cache.CacheConfig} per relation (ttl, size,
 * off) and {@link org.ar4j.cache.RelationCache}, the store a database or a relation can replace.
 */
package org.ar4j.cache;

/**
 * The MongoDB backend: {@link org.ar4j.backend.mongo.MongoBackendProvider} opens a
 * {@link org.ar4j.spi.Backend} that translates ar4j's portable operations into MongoDB commands
 * for {@code mongodb://} and {@code mongodb+srv://} URLs.
 */
package org.ar4j.backend.mongo;

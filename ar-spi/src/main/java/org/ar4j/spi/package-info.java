/**
 * The backend SPI: how a database joins ar4j. A backend jar registers a
 * {@link org.ar4j.spi.BackendProvider} in {@code META-INF/services}; the provider opens a
 * {@link org.ar4j.spi.Backend}, which executes the portable operations described by
 * {@link org.ar4j.spi.Select}, {@link org.ar4j.spi.InsertRows}, {@link org.ar4j.spi.UpdateRows}
 * and {@link org.ar4j.spi.DeleteRows} and declares its {@link org.ar4j.Capability}s.
 * SQL databases usually write a small dialect for the shared SQL backend instead of
 * implementing {@code Backend} from scratch (see ar-sql's {@code org.ar4j.sql}).
 */
package org.ar4j.spi;

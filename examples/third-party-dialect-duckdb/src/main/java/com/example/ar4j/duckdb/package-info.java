/**
 * A DuckDB dialect for ar4j, written against the published SPI only: a provider registered for
 * {@link java.util.ServiceLoader} and a {@link org.ar4j.sql.SqlDialect} subclass.
 */
package com.example.ar4j.duckdb;

/**
 * The MySQL 8 and MariaDB 10.6+ backend: {@link org.ar4j.dialect.mysql.MysqlDialect} and its
 * provider, found through {@link java.util.ServiceLoader} for {@code jdbc:mysql:} and
 * {@code jdbc:mariadb:} URLs (both served by MySQL Connector/J).
 */
package org.ar4j.dialect.mysql;

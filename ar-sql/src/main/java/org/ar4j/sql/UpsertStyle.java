package org.ar4j.sql;

/**
 * How a database says "insert, or write over the row with the same unique key", as data: ar-sql renders the
 * statement from it (see {@link SqlSyntax#upsertStyle()}).
 */
public enum UpsertStyle {
    /** {@code INSERT ... ON CONFLICT (key) DO UPDATE SET c = excluded.c}: PostgreSQL 9.5+, SQLite 3.24+. */
    ON_CONFLICT,
    /** {@code INSERT ... ON DUPLICATE KEY UPDATE c = VALUES(c)}: MySQL and MariaDB. */
    ON_DUPLICATE_KEY,
    /** The SQL:2003 {@code MERGE INTO t USING (VALUES ...) ON key WHEN MATCHED ... WHEN NOT MATCHED ...}. */
    MERGE
}

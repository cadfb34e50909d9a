package org.ar4j.sql;

/**
 * Everything a {@link SqlDialect} hands over, each part with a standard SQL value: a dialect starts from
 * {@link #STANDARD} and replaces the parts that differ.
 *
 * @param features    capabilities and limits, as data
 * @param syntax      quoting, paging, upserts, locking and the statements that vary, as data
 * @param types       one {@link ColumnCodec} per column type, and how catalogue type names read
 * @param errors      how driver failures are classified, as data
 * @param ddl         generated keys, table options and the DDL that varies
 * @param connections URL, driver properties, pool size, per-connection set-up, how statements are prepared
 * @param catalog     reading the live schema where JDBC metadata is not enough
 */
public record DialectParts(DialectFeatures features, SqlSyntax syntax, SqlTypes types, SqlErrors errors, SqlDdl ddl,
                           SqlConnectionSetup connections, SqlCatalogReader catalog) {

    /** Standard SQL over plain JDBC. */
    public static final DialectParts STANDARD = new DialectParts(DialectFeatures.STANDARD, SqlSyntax.STANDARD,
            SqlTypes.STANDARD, SqlErrors.STANDARD, SqlDdl.STANDARD, SqlConnectionSetup.STANDARD,
            SqlCatalogReader.STANDARD);

    /** These parts with other features. */
    public DialectParts withFeatures(DialectFeatures value) {
        return new DialectParts(value, syntax, types, errors, ddl, connections, catalog);
    }

    /** These parts with another syntax. */
    public DialectParts withSyntax(SqlSyntax value) {
        return new DialectParts(features, value, types, errors, ddl, connections, catalog);
    }

    /** These parts with another type map. */
    public DialectParts withTypes(SqlTypes value) {
        return new DialectParts(features, syntax, value, errors, ddl, connections, catalog);
    }

    /** These parts with another error classification. */
    public DialectParts withErrors(SqlErrors value) {
        return new DialectParts(features, syntax, types, value, ddl, connections, catalog);
    }

    /** These parts with other DDL. */
    public DialectParts withDdl(SqlDdl value) {
        return new DialectParts(features, syntax, types, errors, value, connections, catalog);
    }

    /** These parts with another connection set-up. */
    public DialectParts withConnections(SqlConnectionSetup value) {
        return new DialectParts(features, syntax, types, errors, ddl, value, catalog);
    }

    /** These parts with another catalogue reader. */
    public DialectParts withCatalog(SqlCatalogReader value) {
        return new DialectParts(features, syntax, types, errors, ddl, connections, value);
    }
}

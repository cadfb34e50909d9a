package org.ar4j.spring;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import org.ar4j.DatabaseBuilder;

/** ar4j on a DataSource Spring's transactions manage (needs spring-jdbc, so kept apart from the rest). */
final class SharedDataSource {
    private SharedDataSource() {
    }

    /**
     * Statements go through a proxy that hands out the connection of Spring's current transaction (a pooled
     * connection outside one); {@link SpringHostTransactions} tells ar4j when such a transaction is open.
     */
    static void configure(DatabaseBuilder builder, DataSource dataSource) {
        DataSource target = dataSource instanceof TransactionAwareDataSourceProxy p ? p.getTargetDataSource() : dataSource;
        builder.dataSource(new TransactionAwareDataSourceProxy(target)).hostTransactions(new SpringHostTransactions(target));
    }
}

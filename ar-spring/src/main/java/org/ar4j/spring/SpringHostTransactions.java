package org.ar4j.spring;

import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.ar4j.HostTransactions;

/**
 * Spring's transactions on a DataSource, as ar4j's {@link HostTransactions}: a transaction is active when
 * Spring holds a connection of that DataSource for the thread ({@code @Transactional},
 * {@code TransactionTemplate}); marking it rollback-only makes Spring's transaction manager roll back
 * (and throw {@code UnexpectedRollbackException}) instead of committing; when it rolls back, the records
 * ar4j wrote in it get their state from before back.
 */
public final class SpringHostTransactions implements HostTransactions {
    private final DataSource dataSource;

    /** Spring's transactions on this DataSource (the one Spring's transaction manager uses, not a proxy). */
    public SpringHostTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    private ConnectionHolder holder() {
        Object resource = TransactionSynchronizationManager.getResource(dataSource);
        return resource instanceof ConnectionHolder h ? h : null;
    }

    @Override
    public boolean isActive() {
        ConnectionHolder h = holder();
        return h != null && h.isSynchronizedWithTransaction() && TransactionSynchronizationManager.isActualTransactionActive();
    }

    @Override
    public void setRollbackOnly() {
        ConnectionHolder h = holder();
        if (h != null) {
            h.setRollbackOnly();
        }
    }

    @Override
    public void onCompletion(Completion completion) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                completion.ended(status == STATUS_COMMITTED);
            }
        });
    }
}

package org.ar4j.core.internal.session;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.ar4j.Ar4jException;
import org.ar4j.QueryException;
import org.ar4j.BackendException;
import org.ar4j.core.internal.meta.ModelSet;
import org.ar4j.spi.Backend;
import org.ar4j.spi.Read;
import org.ar4j.spi.Write;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpdateRows;
import org.ar4j.spi.UpsertRows;

/**
 * The backend as core sees it: every operation goes through here, so a statement that fails inside a
 * transaction marks it rollback-only ({@link Transactions#statementFailed}), and an exception that is
 * not ar4j's (a driver's or the JDK's) never reaches the user unwrapped.
 */
public final class GuardedBackend extends ForwardingBackend {
    private final Transactions transactions;
    private final StatementChecks checks;
    private final ModelSet models;
    private final TenantGuard tenants;

    /** Wraps a result cursor so that reading it fails as every statement does (one instance: reads allocate none). */
    private final UnaryOperator<RowCursor> guardedCursor = GuardedCursor::new;

    /**
     * Guards a provider's backend with a database's transaction rules and tenancy; {@code models} are those it
     * serves.
     */
    public GuardedBackend(Backend backend, Transactions transactions, ModelSet models, Tenancy tenancy) {
        super(backend);
        this.transactions = transactions;
        this.tenants = new TenantGuard(tenancy);
        this.models = models;
        this.checks = new StatementChecks(backend);
    }

    /** The checks every statement passes, for operations that check their values before the first one. */
    public StatementChecks checks() {
        return checks;
    }

    /** One statement's work, run by {@link #guard}. */
    @FunctionalInterface
    private interface Call<R> {
        R run();
    }

    /**
     * The one guard: tells the transaction a statement (a write when {@code writes}) is about to run, runs it, and
     * turns a failure into an ar4j exception ({@code explain} may name fields first), marking the transaction
     * rollback-only when the statement failed in the backend.
     */
    private <R> R guard(boolean writes, String what, Call<R> call, UnaryOperator<RuntimeException> explain) {
        transactions.statement(writes);
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw failed(explain.apply(e), what);
        }
    }

    private <R> R guard(boolean writes, String what, Call<R> call) {
        return guard(writes, what, call, UnaryOperator.identity());
    }

    private RuntimeException failed(RuntimeException e, String op) {
        RuntimeException out = e instanceof Ar4jException ? e
                : new BackendException(op + " failed on " + delegate.name() + ": " + e, e);
        if (out instanceof BackendException) {
            transactions.statementFailed(out);
        }
        return out;
    }

    /** Refuses a locking read outside a transaction: its locks would end with the statement. */
    private void locksHeld(Select select) {
        if (select.locking() != null && !transactions.inAnyTransaction()) {
            throw new QueryException("A locking read (forUpdate()/forShare()) of " + select.table().model()
                    + " outside a transaction: its locks would be released as soon as it returns. Run it and the"
                    + " writes it guards inside db.transaction(() -> ...)");
        }
    }

    /**
     * Every read: its values checked (a select's, or a condition's), a locking read refused outside a transaction,
     * then run under the guard with its cursor guarded too.
     */
    @Override
    public <R> R read(Read<R> command) {
        Read<R> read = tenants.scope(command);
        if (read instanceof Select find) {
            select(find);
        } else if (read instanceof Read.Stream s) {
            select(s.select());
        } else if (read instanceof Read.Count c) {
            checks.condition(c.select().table(), c.select().where());
        } else if (read instanceof Read.Aggregation a) {
            checks.condition(a.select().table(), a.select().where());
        }
        return guard(false, read.description(), () -> read.wrapCursor(delegate.read(read), guardedCursor));
    }

    private void select(Select select) {
        checks.select(select);
        locksHeld(select);
    }

    /** Every write: its values checked, then run under the guard, a failure naming the foreign keys it set. */
    @Override
    public <R> R write(Write<R> command) {
        Write<R> write = tenants.scope(command);
        UnaryOperator<RuntimeException> explain;
        if (write instanceof InsertRows insert) {
            checks.insert(insert);
            explain = e -> ForeignKeyFields.ofWrite(models, e, insert.table(),
                    ForeignKeyFields.setInAnyRow(insert.columns(), insert.rows()));
        } else if (write instanceof UpsertRows upsert) {
            checks.insert(new InsertRows(upsert.table(), upsert.columns(), upsert.rows()));
            explain = e -> ForeignKeyFields.ofWrite(models, e, upsert.table(),
                    ForeignKeyFields.setInAnyRow(upsert.columns(), upsert.rows()));
        } else if (write instanceof UpdateRows update) {
            checks.update(update.table(), update.values(), update.where());
            explain = e -> ForeignKeyFields.ofWrite(models, e, update.table(),
                    ForeignKeyFields.setNonNull(update.values()));
        } else {
            DeleteRows delete = (DeleteRows) write;
            checks.condition(delete.table(), delete.where());
            explain = e -> ForeignKeyFields.ofDelete(models, e, delete.table());
        }
        return guard(true, write.description(), () -> delegate.write(write), explain);
    }

    @Override
    public void createTable(TableSpec table, boolean ifMissing) {
        checks.table(table);
        guard(true, "Creating " + table.name(), () -> {
            delegate.createTable(table, ifMissing);
            return null;
        });
    }

    @Override
    public void dropTable(TableSpec table, boolean ifExists) {
        guard(true, "Dropping " + table.name(), () -> {
            delegate.dropTable(table, ifExists);
            return null;
        });
    }

    @Override
    public Optional<LiveTable> inspect(TableSpec table) {
        try {
            return delegate.inspect(table);
        } catch (RuntimeException e) {
            throw failed(e, "Reading the catalogue of " + table.name());
        }
    }

    @Override
    public void migrate(List<SchemaChange> changes) {
        guard(true, "Migrating the schema", () -> {
            delegate.migrate(changes);
            return null;
        });
    }

    private final class GuardedCursor implements RowCursor {
        private final RowCursor cursor;

        GuardedCursor(RowCursor cursor) {
            this.cursor = cursor;
        }

        @Override
        public boolean next() {
            try {
                return cursor.next();
            } catch (RuntimeException e) {
                throw failed(e, "Reading a result");
            }
        }

        @Override
        public Object get(int index) {
            try {
                return cursor.get(index);
            } catch (RuntimeException e) {
                throw failed(e, "Reading a result");
            }
        }

        @Override
        public void close() {
            try {
                cursor.close();
            } catch (RuntimeException e) {
                throw failed(e, "Closing a result");
            }
        }
    }
}

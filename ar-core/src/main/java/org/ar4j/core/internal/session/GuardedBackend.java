package org.ar4j.core.internal.session;

import java.util.List;
import java.util.Optional;

import org.ar4j.Ar4jException;
import org.ar4j.BackendException;
import org.ar4j.core.internal.meta.ModelSet;
import org.ar4j.query.Predicate;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.Backend;
import org.ar4j.spi.Capability;
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

    /** Guards a provider's backend with a database's transaction rules; {@code models} are those it serves. */
    public GuardedBackend(Backend backend, Transactions transactions, ModelSet models) {
        super(backend);
        this.transactions = transactions;
        this.models = models;
        this.checks = new StatementChecks(backend);
    }

    /** The checks every statement passes, for operations that check their values before the first one. */
    public StatementChecks checks() {
        return checks;
    }

    /** The condition as this backend can run it: subqueries become key lists where it has no SUBQUERIES. */
    private Predicate flat(Predicate p) {
        return p == null || delegate.supports(Capability.SUBQUERIES) ? p : Subqueries.materialize(this, p);
    }

    private Select plain(Select s) {
        Predicate w = flat(s.where());
        return w == s.where() ? s : new Select(s.table(), s.columns(), w, s.orderBy(), s.limit(), s.offset(), s.partition());
    }

    private RuntimeException failed(RuntimeException e, String op) {
        RuntimeException out = e instanceof Ar4jException ? e
                : new BackendException(op + " failed on " + delegate.name() + ": " + e, e);
        if (out instanceof BackendException) {
            transactions.statementFailed(out);
        }
        return out;
    }

    @Override
    public RowCursor find(Select select) {
        checks.select(select);
        select = plain(select);
        transactions.statement(false);
        try {
            return new GuardedCursor(delegate.find(select));
        } catch (RuntimeException e) {
            throw failed(e, "A query");
        }
    }

    @Override
    public RowCursor stream(Select select) {
        checks.select(select);
        select = plain(select);
        transactions.statement(false);
        try {
            return new GuardedCursor(delegate.stream(select));
        } catch (RuntimeException e) {
            throw failed(e, "A streamed query");
        }
    }

    @Override
    public long count(Select select) {
        checks.condition(select.table(), select.where());
        select = plain(select);
        transactions.statement(false);
        try {
            return delegate.count(select);
        } catch (RuntimeException e) {
            throw failed(e, "A count");
        }
    }

    @Override
    public RowCursor aggregate(AggregateSelect select) {
        checks.condition(select.table(), select.where());
        Predicate where = flat(select.where());
        if (where != select.where()) {
            select = new AggregateSelect(select.table(), where, select.groupBy(), select.aggregates(), select.orderBy());
        }
        transactions.statement(false);
        try {
            return new GuardedCursor(delegate.aggregate(select));
        } catch (RuntimeException e) {
            throw failed(e, "An aggregate query");
        }
    }

    @Override
    public List<Object> insert(InsertRows insert) {
        checks.insert(insert);
        transactions.statement(true);
        try {
            return delegate.insert(insert);
        } catch (RuntimeException e) {
            throw failed(ForeignKeyFields.ofWrite(models, e, insert.table(), ForeignKeyFields.setInAnyRow(insert.columns(),
                    insert.rows())), "An insert into " + insert.table().name());
        }
    }

    @Override
    public void upsert(UpsertRows upsert) {
        checks.insert(new InsertRows(upsert.table(), upsert.columns(), upsert.rows()));
        transactions.statement(true);
        try {
            delegate.upsert(upsert);
        } catch (RuntimeException e) {
            throw failed(ForeignKeyFields.ofWrite(models, e, upsert.table(), ForeignKeyFields.setInAnyRow(upsert.columns(),
                    upsert.rows())), "An upsert into " + upsert.table().name());
        }
    }

    @Override
    public long update(UpdateRows update) {
        checks.update(update.table(), update.values(), update.where());
        update = new UpdateRows(update.table(), update.values(), flat(update.where()), update.increments());
        transactions.statement(true);
        try {
            return delegate.update(update);
        } catch (RuntimeException e) {
            throw failed(ForeignKeyFields.ofWrite(models, e, update.table(), ForeignKeyFields.setNonNull(update.values())),
                    "An update of " + update.table().name());
        }
    }

    @Override
    public long delete(DeleteRows delete) {
        checks.condition(delete.table(), delete.where());
        delete = new DeleteRows(delete.table(), flat(delete.where()));
        transactions.statement(true);
        try {
            return delegate.delete(delete);
        } catch (RuntimeException e) {
            throw failed(ForeignKeyFields.ofDelete(models, e, delete.table()), "A delete from " + delete.table().name());
        }
    }

    @Override
    public void createTable(TableSpec table, boolean ifMissing) {
        checks.table(table);
        transactions.statement(true);
        try {
            delegate.createTable(table, ifMissing);
        } catch (RuntimeException e) {
            throw failed(e, "Creating " + table.name());
        }
    }

    @Override
    public void dropTable(TableSpec table, boolean ifExists) {
        transactions.statement(true);
        try {
            delegate.dropTable(table, ifExists);
        } catch (RuntimeException e) {
            throw failed(e, "Dropping " + table.name());
        }
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
        transactions.statement(true);
        try {
            delegate.migrate(changes);
        } catch (RuntimeException e) {
            throw failed(e, "Migrating the schema");
        }
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

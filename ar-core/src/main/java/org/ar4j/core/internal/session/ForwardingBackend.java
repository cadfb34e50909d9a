package org.ar4j.core.internal.session;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.ar4j.spi.Backend;
import org.ar4j.spi.Read;
import org.ar4j.spi.Write;
import org.ar4j.spi.BackendTransaction;
import org.ar4j.Capability;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ForeignKeySpec;
import org.ar4j.spi.IdentifierKind;
import org.ar4j.spi.LiveColumn;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.ValueLimits;

/**
 * A backend that hands every operation, default methods included, to another: the base of core's wrappers
 * (statement guard, replica router), which override only what they change, so none can forget to forward an
 * operation and answer with the SPI's default instead of the backend's.
 */
abstract class ForwardingBackend implements Backend {
    /** The backend operations go to. */
    protected final Backend delegate;

    protected ForwardingBackend(Backend delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return delegate.capabilities();
    }

    @Override
    public int maxKeysPerQuery(int otherParameters) {
        return delegate.maxKeysPerQuery(otherParameters);
    }

    @Override
    public ValueLimits valueLimits() {
        return delegate.valueLimits();
    }

    @Override
    public org.ar4j.spi.SqlText sqlText() {
        return delegate.sqlText();
    }

    @Override
    public Optional<String> identifierProblem(String identifier, IdentifierKind kind) {
        return delegate.identifierProblem(identifier, kind);
    }

    @Override
    public <R> R read(Read<R> read) {
        return delegate.read(read);
    }

    @Override
    public <R> R write(Write<R> write) {
        return delegate.write(write);
    }

    @Override
    public <R> R readTogether(Supplier<R> reads) {
        return delegate.readTogether(reads);
    }

    @Override
    public Optional<String> replicationPosition() {
        return delegate.replicationPosition();
    }

    @Override
    public boolean hasReplayed(String position, Duration wait) {
        return delegate.hasReplayed(position, wait);
    }

    @Override
    public Optional<Duration> replicationLag() {
        return delegate.replicationLag();
    }

    @Override
    public void createTable(TableSpec table, boolean ifMissing) {
        delegate.createTable(table, ifMissing);
    }

    @Override
    public void dropTable(TableSpec table, boolean ifExists) {
        delegate.dropTable(table, ifExists);
    }

    @Override
    public boolean declaresForeignKey(TableSpec table, ForeignKeySpec foreignKey) {
        return delegate.declaresForeignKey(table, foreignKey);
    }

    @Override
    public Optional<LiveTable> inspect(TableSpec table) {
        return delegate.inspect(table);
    }

    @Override
    public Optional<String> typeMismatch(TableSpec table, ColumnSpec expected, LiveColumn live) {
        return delegate.typeMismatch(table, expected, live);
    }

    @Override
    public Optional<String> collationMismatch(ColumnSpec expected, LiveColumn live) {
        return delegate.collationMismatch(expected, live);
    }

    @Override
    public List<String> migration(List<SchemaChange> changes) {
        return delegate.migration(changes);
    }

    @Override
    public void migrate(List<SchemaChange> changes) {
        delegate.migrate(changes);
    }

    @Override
    public BackendTransaction begin() {
        return delegate.begin();
    }

    @Override
    public BackendTransaction joinHostTransaction() {
        return delegate.joinHostTransaction();
    }

    @Override
    public <T> Optional<T> unwrap(Class<T> type) {
        return delegate.unwrap(type);
    }

    @Override
    public void close() {
        delegate.close();
    }
}

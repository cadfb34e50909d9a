package org.ar4j.core.internal.session;

import java.util.List;

import org.ar4j.Ar4jException;
import org.ar4j.TransactionCallable;
import org.ar4j.TransactionOutcomeUnknownException;
import org.ar4j.TransactionRolledBackException;
import org.ar4j.core.internal.session.TransactionScope.Level;
import org.ar4j.spi.Backend;
import org.ar4j.Capability;
import org.ar4j.HostTransactions;

/**
 * The transaction rules of one database (docs/transactions.md), kept in one place, with the database's
 * transactions open on each thread: a failed
 * statement makes the innermost level rollback-only; a level whose work throws or returns while
 * rollback-only is rolled back, restoring the records written in it; statement failures pass up
 * through ar4j's own levels and stop at the first level the user opened, which is how a nested
 * transaction lets its caller go on. Backends only carry out begin, savepoint, commit and rollback.
 */
public final class Transactions {
    /** Set by the rollback of a transaction that wrote a record read before it began; read by a retry. */
    private final ThreadLocal<String> olderWritten = new ThreadLocal<>();
    private final Session db;
    private final OpenTransactions open;
    private final Backend backend;
    private final HostTransactions host;
    private final ThreadLocal<TransactionScope> scope = new ThreadLocal<>();
    /** The records written in the host framework's transaction on this thread, restored if it rolls back. */
    private final ThreadLocal<Level> hostLevel = new ThreadLocal<>();
    private final CommitHooks hooks = new CommitHooks();

    /**
     * The rules for a database and its provider's backend (unguarded: it begins the transactions), joining
     * the host framework's transactions when {@code host} is given.
     */
    public Transactions(Session db, Backend backend, HostTransactions host, OpenTransactions open) {
        this.db = db;
        this.open = open;
        this.backend = backend;
        this.host = host;
    }

    /** Whether this thread has a transaction open on this database. */
    public boolean active() {
        return scope.get() != null;
    }

    /** ar4j's transaction open on this thread (its own or a joined host's), or null. */
    public TransactionScope currentScope() {
        return scope.get();
    }

    /** Whether this thread's statements run in a transaction: ar4j's own or the host framework's. */
    public boolean inAnyTransaction() {
        return scope.get() != null || (host != null && host.isActive());
    }

    /**
     * A statement is about to run on this thread. In a rollback-only transaction it is refused before
     * it reaches the database, so every backend behaves alike (PostgreSQL would refuse it anyway).
     */
    void statement(boolean write) {
        TransactionScope s = scope.get();
        if (s == null) {
            Level h = host == null ? null : hostLevel.get();
            if (h != null && h.failure != null && host.isActive()) {
                throw refused(h.failure);
            }
            return;
        }
        Throwable failure = s.rollbackOnly();
        if (failure != null) {
            throw refused(failure);
        }
        if (write) {
            s.writes++;
        }
    }

    private static TransactionRolledBackException refused(Throwable failure) {
        return new TransactionRolledBackException("This transaction is rollback-only after an earlier failure,"
                + " so the statement was not run; the transaction will be rolled back. To go on after a"
                + " failure, run the failing part in a nested db.transaction(...). First failure: "
                + failure.getMessage(), failure);
    }

    /**
     * A statement failed on this thread: the innermost level becomes rollback-only; outside ar4j's
     * transactions, so does the host framework's transaction, if one is open, and ar4j runs no further
     * statement in it (as on PostgreSQL, on every backend).
     */
    void statementFailed(Throwable failure) {
        TransactionScope s = scope.get();
        if (s != null) {
            s.markInnermost(failure);
        } else if (host != null && host.isActive()) {
            host.setRollbackOnly();
            Level h = hostLevel();
            if (h.failure == null) {
                h.failure = failure;
            }
        }
    }

    /** Makes room for the states of a batch of {@code n} records about to be written (see {@link #touch}). */
    public void expect(int n) {
        Level level = writingLevel();
        if (level != null) {
            level.expect(n);
        }
    }

    /** Remembers a record's state before a write, so a rollback can restore it. */
    public void touch(RecordImage image) {
        Level level = writingLevel();
        if (level != null) {
            level.touch(image);
        } else if (hooks.heard(image.record())) {
            hooks.committed(List.of(image));   // written outside any transaction: its own commit
        }
    }

    /** The commit hooks and listeners of this database. */
    public CommitHooks commitHooks() {
        return hooks;
    }

    /** The level a write on this thread belongs to: ar4j's innermost, else the host's; null outside both. */
    private Level writingLevel() {
        TransactionScope s = scope.get();
        if (s != null) {
            return s.innermost();
        }
        return host != null && host.isActive() ? hostLevel() : null;
    }

    private Level hostLevel() {
        Level level = hostLevel.get();
        if (level == null) {
            Level created = new Level(null, true);
            hostLevel.set(created);
            host.onCompletion(committed -> {
                hostLevel.remove();
                if (committed) {
                    hooks.committed(created.order);
                } else {
                    created.restoreRecords();
                    hooks.rolledBack(created.order);
                }
            });
            level = created;
        }
        return level;
    }

    /** The user's {@code transaction(...)}: a transaction, or a savepoint inside the open one. */
    public <R> R run(TransactionCallable<R> work) {
        return run(work, true);
    }

    /**
     * After a rolled-back transaction on this thread: a record it wrote that was read before it began (which its
     * work may have changed relative to what it held, so a retry would apply those changes twice), or null; cleared.
     */
    String takeOlderWritten() {
        String older = olderWritten.get();
        olderWritten.remove();
        return older;
    }

    /**
     * One of ar4j's own multi-statement operations, all-or-nothing: in a transaction of its own, or a
     * savepoint inside the user's; it joins the open level when there is no savepoint to take or when
     * it runs inside another of ar4j's operations, and then marks that level if it fails after writing.
     * Without transactions it just runs.
     */
    public <R> R atomically(TransactionCallable<R> work) {
        Backend b = backend;
        if (!b.supports(Capability.TRANSACTIONS)) {
            return call(work);
        }
        TransactionScope s = scope.get();
        if (s == null || (s.innermost().user && b.supports(Capability.SAVEPOINTS))) {
            return run(work, false);
        }
        long writesBefore = s.writes;
        try {
            return work.call();
        } catch (Throwable t) {
            if (s.writes != writesBefore) {
                s.markInnermost(t);
            }
            throw propagate(t);
        }
    }

    private static <R> R call(TransactionCallable<R> work) {
        try {
            return work.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new Ar4jException(e.toString(), e);
        }
    }

    private <R> R run(TransactionCallable<R> work, boolean user) {
        Backend b = backend;
        b.require(Capability.TRANSACTIONS, "transactions");
        TransactionScope s = scope.get();
        boolean root = s == null;
        if (root) {
            boolean join = host != null && host.isActive();
            if (join && !user && b.supports(Capability.SAVEPOINTS)) {
                return inHost(work);
            }
            s = open(join);
        } else {
            b.require(Capability.SAVEPOINTS, "nested transactions");
        }
        Level level = s.push(user);
        if (root && s.joined && hostLevel.get() != null) {
            level.failure = hostLevel.get().failure; // the host's transaction is already rollback-only
        }
        if (!root) {
            try {
                s.backend.savepoint(level.savepoint);
            } catch (RuntimeException e) {
                s.pop(level);
                s.markInnermost(e);
                throw e;
            }
        }
        R result;
        try {
            result = work.call();
        } catch (Error e) {
            rollback(s, level, new TransactionRolledBackException("rolled back after " + e, e));
            throw e;
        } catch (Throwable t) {
            RuntimeException thrown = propagate(t);
            rollback(s, level, thrown);
            throw thrown;
        }
        if (level.failure != null) {
            TransactionRolledBackException e = new TransactionRolledBackException((root ? "The transaction" : "The nested"
                    + " transaction") + " was rolled back, not committed: a statement in it failed and its work went on."
                    + " Nothing it wrote is stored. To go on after a failure, run the failing part in a nested"
                    + " db.transaction(...) and catch its exception. First failure: " + level.failure.getMessage(),
                    level.failure);
            rollback(s, level, e);
            throw e;
        }
        commit(s, level);
        return result;
    }

    private TransactionScope open(boolean join) {
        TransactionScope s = new TransactionScope(join ? backend.joinHostTransaction() : backend.begin(), join);
        scope.set(s);
        open.opened(db);
        return s;
    }

    /**
     * One of ar4j's own operations inside the host's transaction: a level stands for the host's transaction (as
     * the user's transaction(...) would) and the operation runs in a savepoint in it, so a failing after-hook or
     * cascade undoes only the operation's writes, as inside db.transaction (rule 3). A failed statement still
     * makes the host's transaction rollback-only.
     */
    private <R> R inHost(TransactionCallable<R> work) {
        TransactionScope s = open(true);
        Level outer = s.push(true);
        Level h = hostLevel.get();
        outer.failure = h == null ? null : h.failure;
        R result;
        try {
            result = run(work, false);
        } catch (RuntimeException | Error e) {
            if (outer.failure != null) {
                rollback(s, outer, e instanceof RuntimeException r ? r : new TransactionRolledBackException(e.toString(), e));
                hostLevel().failure = outer.failure;
            } else {
                commit(s, outer);
            }
            throw e;
        }
        commit(s, outer);
        return result;
    }

    private void commit(TransactionScope s, Level level) {
        Level parent = s.parentOf(level);
        try {
            if (parent == null) {
                try {
                    s.backend.commit();
                    if (s.joined) {
                        // The host commits later, or rolls back and then restores these records.
                        level.mergeInto(hostLevel());
                    }
                } catch (TransactionOutcomeUnknownException e) {
                    level.restoreRecords();
                    throw e;
                } catch (RuntimeException e) {
                    level.restoreRecords();
                    hooks.rolledBack(level.order);
                    throw new TransactionRolledBackException("The commit failed on " + db.backendName()
                            + " and the transaction was rolled back; nothing it wrote is stored: " + e.getMessage(), e);
                }
            } else {
                try {
                    s.backend.releaseSavepoint(level.savepoint);
                } catch (RuntimeException e) {
                    undoSavepoint(s, level, parent, e);
                    level.restoreRecords();
                    if (parent.failure == null) {
                        parent.failure = e;
                    }
                    throw e;
                }
                level.mergeInto(parent);
            }
        } finally {
            end(s, level, parent);
        }
        if (parent == null && !s.joined) {
            hooks.committed(level.order);   // after the scope ended: hooks that write run in transactions of their own
        }
    }

    private void rollback(TransactionScope s, Level level, RuntimeException cause) {
        Level parent = s.parentOf(level);
        try {
            if (parent == null) {
                RecordImage older = level.firstSyncedBefore(s.startedAt);
                if (older != null) {
                    olderWritten.set(older.describe());
                }
                try {
                    s.backend.rollback();
                } catch (RuntimeException e) {
                    cause.addSuppressed(e);
                }
            } else {
                undoSavepoint(s, level, parent, cause);
                if (!level.user && level.failure != null && parent.failure == null) {
                    // A failed statement inside one of ar4j's own operations still fails the caller's level.
                    parent.failure = level.failure;
                }
            }
            level.restoreRecords();
        } finally {
            end(s, level, parent);
        }
        hooks.rolledBack(level.order);
    }

    private static void undoSavepoint(TransactionScope s, Level level, Level parent, RuntimeException cause) {
        try {
            s.backend.rollbackToSavepoint(level.savepoint);
            s.backend.releaseSavepoint(level.savepoint);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            if (parent.failure == null) {
                parent.failure = e;
            }
        }
    }

    private void end(TransactionScope s, Level level, Level parent) {
        s.pop(level);
        if (parent == null) {
            s.ended = true;
            scope.remove();
            open.ended(db);
        }
    }

    static RuntimeException propagate(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new TransactionRolledBackException("The transaction was rolled back: its work threw " + t, t);
    }
}

package org.ar4j.core.internal.session;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.spi.BackendTransaction;

/**
 * One thread's transaction on one database: the backend's transaction, the stack of levels (the
 * transaction itself, then one per savepoint), each level's first failure (which makes it
 * rollback-only) and the records written inside it, with their state from before. Only the thread
 * that opened it touches it. The rules that use it are in {@link Transactions}.
 */
public final class TransactionScope {
    /** One level: the whole transaction (no savepoint) or a savepoint inside it. */
    static final class Level {
        final String savepoint;
        /** Opened by the user's transaction(...) (absorbs failures), or by one of ar4j's own operations. */
        final boolean user;
        /** The first failure inside this level that makes it rollback-only; null while it is good. */
        Throwable failure;
        /** Records written inside this level, with their state before their first write in it. */
        Map<ActiveRecord<?>, RecordImage> touched = new IdentityHashMap<>();
        final ArrayList<RecordImage> order = new ArrayList<>();

        Level(String savepoint, boolean user) {
            this.savepoint = savepoint;
            this.user = user;
        }

        void touch(RecordImage image) {
            if (touched.putIfAbsent(image.record(), image) == null) {
                order.add(image);
            }
        }

        /** Makes room for {@code n} more records at once (a batch), instead of growing step by step. */
        void expect(int n) {
            order.ensureCapacity(order.size() + n);
            if (touched.isEmpty()) {
                touched = new IdentityHashMap<>(n);
            }
        }

        /** Puts every record written in this level back, the last written first. */
        void restoreRecords() {
            for (int i = order.size() - 1; i >= 0; i--) {
                order.get(i).restore();
            }
        }

        /**
         * The first record this level wrote that was read or written before {@code start} (outside the transaction),
         * or null: a rollback puts its pending changes back as they were at its first write here, changes the work
         * made to it included, so running the work again would apply them twice.
         */
        RecordImage firstSyncedBefore(long start) {
            for (RecordImage image : order) {
                if (image.syncedBefore(start)) {
                    return image;
                }
            }
            return null;
        }

        /** On release, the records this level wrote belong to the enclosing level. */
        void mergeInto(Level parent) {
            for (RecordImage image : order) {
                parent.touch(image);
            }
        }
    }

    final BackendTransaction backend;
    /** When the transaction began (System.nanoTime), to tell records read inside it from those read before. */
    final long startedAt = System.nanoTime();
    /** Whether this is the host framework's transaction, joined: the host commits it. */
    final boolean joined;
    private final List<Level> levels = new ArrayList<>();
    private int savepoints;
    /** Write statements issued in this transaction so far (successful or not). */
    long writes;
    /** Set when the transaction ended (committed or rolled back): streams opened in it refuse to read on. */
    volatile boolean ended;

    TransactionScope(BackendTransaction backend, boolean joined) {
        this.backend = backend;
        this.joined = joined;
    }

    /** Whether the transaction has ended. */
    public boolean ended() {
        return ended;
    }

    Level push(boolean user) {
        String name = levels.isEmpty() ? null : "ar4j_sp" + (++savepoints);
        Level level = new Level(name, user);
        levels.add(level);
        return level;
    }

    void pop(Level level) {
        Level top = levels.remove(levels.size() - 1);
        if (top != level) {
            throw new IllegalStateException("transaction levels ended out of order");
        }
    }

    Level innermost() {
        return levels.get(levels.size() - 1);
    }

    Level parentOf(Level level) {
        int i = levels.indexOf(level);
        return i > 0 ? levels.get(i - 1) : null;
    }

    /** The first failure of the closest rollback-only level, or null while every level is good. */
    Throwable rollbackOnly() {
        for (int i = levels.size() - 1; i >= 0; i--) {
            Throwable f = levels.get(i).failure;
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Makes the innermost level rollback-only, keeping its first failure. */
    void markInnermost(Throwable failure) {
        Level l = innermost();
        if (l.failure == null) {
            l.failure = failure;
        }
    }
}

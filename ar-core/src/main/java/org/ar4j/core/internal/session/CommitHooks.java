package org.ar4j.core.internal.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ar4j.ActiveRecord;
import org.ar4j.CommitListener;
import org.ar4j.CommittedChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs after a database's outermost transaction ends: the records' {@code afterCommit} hooks and the commit
 * listeners with what it wrote, or the records' {@code afterRollback} hooks. The data is settled when they run, so
 * what they throw is logged (logger {@code org.ar4j.commit}) and the rest still run.
 */
public final class CommitHooks {
    private static final Logger LOG = LoggerFactory.getLogger("org.ar4j.commit");
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener. */
    public void add(CommitListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void remove(CommitListener listener) {
        listeners.remove(listener);
    }

    /** Whether a write of this record outside any transaction is heard (its own commit). */
    boolean heard(ActiveRecord<?> record) {
        return !listeners.isEmpty() || Records.overrides(record, Records.AFTER_COMMIT);
    }

    /**
     * After a commit: each written record's afterCommit, then the listeners with the changes, in write order. A commit
     * nobody hears (no listener, no record whose model overrides afterCommit) costs a look at each record's class.
     */
    void committed(List<RecordImage> written) {
        boolean listening = !listeners.isEmpty();
        List<CommittedChange> changes = null;
        for (RecordImage image : written) {
            if (listening || Records.overrides(image.record(), Records.AFTER_COMMIT)) {
                CommittedChange change = image.change();
                if (change != null) {
                    changes = changes != null ? changes : new ArrayList<>(written.size());
                    changes.add(change);
                }
            }
        }
        if (changes == null) {
            return;
        }
        for (CommittedChange c : changes) {
            run(c.record(), Records.AFTER_COMMIT, "afterCommit");
        }
        List<CommittedChange> heard = Collections.unmodifiableList(changes);
        for (CommitListener l : listeners) {
            try {
                l.committed(heard);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("A commit listener threw after the commit of {} records; the commit stands", heard.size(), e);
            }
        }
    }

    /** After a rollback: each written record's afterRollback, in write order. */
    void rolledBack(List<RecordImage> written) {
        for (RecordImage image : written) {
            run(image.record(), Records.AFTER_ROLLBACK, "afterRollback");
        }
    }

    private static void run(ActiveRecord<?> record, int hook, String name) {
        try {
            Records.hook(record, hook);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("{}() of {} threw; the transaction's outcome stands", name, record, e);
        }
    }
}

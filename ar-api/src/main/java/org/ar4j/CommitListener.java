package org.ar4j;

import java.util.List;

/**
 * Hears what each committed transaction of a database wrote ({@link Database#addCommitListener}): called once per
 * commit of the outermost transaction (ar4j's own, or the host framework's it joined), after the commit, on the
 * committing thread, with every record written, in the order first written. A write outside any transaction is
 * its own commit. Rolled-back work is never heard. The data is committed before the listener runs, so what it
 * throws cannot undo it: the exception is logged (logger {@code org.ar4j.commit}) and the next listener runs.
 * Publish events or send mail from here, not from after-hooks, which run inside the transaction.
 */
@FunctionalInterface
public interface CommitListener {

    /** Called after a commit with what it wrote; never with an empty list. */
    void committed(List<CommittedChange> changes);
}

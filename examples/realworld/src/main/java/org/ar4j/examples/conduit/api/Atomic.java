package org.ar4j.examples.conduit.api;

import org.ar4j.Capability;
import org.ar4j.Database;

/**
 * Runs a multi-record write in a transaction where the backend has them; on a backend without (the in-process
 * MongoDB server), runs it and, when it fails part way, runs the compensation that removes what was written.
 */
final class Atomic {
    private Atomic() {
    }

    static void run(Database db, Runnable work, Runnable undo) {
        if (db.supports(Capability.TRANSACTIONS)) {
            db.transaction(work::run);
            return;
        }
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            try {
                undo.run();
            } catch (RuntimeException undoFailed) {
                e.addSuppressed(undoFailed);
            }
            throw e;
        }
    }
}

package org.ar4j.core.internal.session;

import java.lang.ref.Cleaner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ar4j.spi.RowCursor;

/**
 * Closes the cursor of a {@code Query.stream()} once, and catches streams that are never closed:
 * when such a stream is garbage-collected, it logs a warning with the stack of the code that opened
 * it and releases the cursor's connection.
 */
public final class StreamGuard {
    private static final Logger LOG = LoggerFactory.getLogger(StreamGuard.class);
    private static final Cleaner CLEANER = Cleaner.create();

    private final RowCursor cursor;
    private final String model;
    private final Throwable openedAt;
    private volatile boolean closed;

    /** Guards a stream's cursor. */
    public StreamGuard(RowCursor cursor, String model) {
        this.cursor = cursor;
        this.model = model;
        this.openedAt = new Throwable("Query.stream() over " + model + " opened here");
    }

    /** Watches the stream handed to the user; the cleaning action holds the guard, not the stream. */
    public void watch(Object stream) {
        CLEANER.register(stream, this::collected);
    }

    /**
     * Closes the cursor once. Closing a read never throws: a cursor whose connection was lost (a server that killed
     * the session, a restart) has nothing left to give back, so the failure is logged, not thrown from close().
     */
    public void close() {
        if (!closed) {
            closed = true;
            try {
                cursor.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing a Query.stream() over {} failed, its connection probably lost: {}", model, e.toString());
            }
        }
    }

    private void collected() {
        if (closed) {
            return;
        }
        LOG.warn("A Query.stream() over {} was never closed; closing it now. Close streams with"
                + " try (Stream<...> s = query.stream()) { ... }", model, openedAt);
        try {
            close();
        } catch (RuntimeException e) {
            LOG.warn("Closing a leaked stream over {} failed", model, e);
        }
    }
}

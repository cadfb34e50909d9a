package org.ar4j.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;

/**
 * Counts the statements a database executes, through the public query listener. Scenarios
 * reset it, act, and assert the count. Statements and commands that access data are counted;
 * transaction control (begin, commit, rollback, savepoints) is kept apart in
 * {@link #transactionControl()}. Thread-safe.
 */
public final class QueryCounter implements QueryListener {
    private final List<QueryEvent> events = new ArrayList<>();
    private final List<QueryEvent> control = new ArrayList<>();

    @Override
    public synchronized void onQuery(QueryEvent event) {
        (event.isTransactionControl() ? control : events).add(event);
    }

    /** Forgets what was counted. */
    public synchronized void reset() {
        events.clear();
        control.clear();
    }

    /** The transaction-control statements since the last reset (begin, commit, rollback, savepoints). */
    public synchronized List<QueryEvent> transactionControl() {
        return List.copyOf(control);
    }

    /** Statements since the last reset. */
    public synchronized int count() {
        return events.size();
    }

    /** The statements since the last reset. */
    public synchronized List<QueryEvent> events() {
        return List.copyOf(events);
    }

    /** The statement texts since the last reset, for failure messages. */
    public synchronized List<String> texts() {
        return events.stream().map(QueryEvent::text).toList();
    }

    /** Resets, runs the action, and returns how many statements it executed. */
    public int during(Runnable action) {
        reset();
        action.run();
        return count();
    }

    /** Resets, runs the action, and returns its result; read {@link #count()} afterwards. */
    public <T> T measure(Supplier<T> action) {
        reset();
        return action.get();
    }
}

package org.ar4j.backend.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.ar4j.BackendException;

/**
 * The tables as one statement or transaction sees them. A committed state is never changed: a writer works on a
 * {@link #fork} (which copies a table the first time it writes to it) and publishes it whole on commit. A savepoint
 * is a fork kept aside.
 */
final class MemoryState {
    private static final AtomicLong GENERATIONS = new AtomicLong();
    private final Map<String, MemoryTable> tables;
    private final long generation;

    private MemoryState(Map<String, MemoryTable> tables) {
        this.tables = tables;
        this.generation = GENERATIONS.incrementAndGet();
    }

    /** No tables. */
    static MemoryState empty() {
        return new MemoryState(new LinkedHashMap<>());
    }

    /** A state that starts as this one; its writes copy the tables they touch and leave this one as it is. */
    MemoryState fork() {
        return new MemoryState(new LinkedHashMap<>(tables));
    }

    /** The table, or a BackendException naming it when it does not exist. */
    MemoryTable table(String name) {
        MemoryTable t = tables.get(name);
        if (t == null) {
            throw new BackendException("No table " + name + " on memory; create it first (schema().create...)");
        }
        return t;
    }

    boolean has(String name) {
        return tables.containsKey(name);
    }

    /** The table to write to: this state's own copy. */
    MemoryTable writable(String name) {
        MemoryTable t = table(name);
        if (t.generation() != generation) {
            t = t.copy(generation);
            tables.put(name, t);
        }
        return t;
    }

    /** The generation new tables of this state belong to. */
    long generation() {
        return generation;
    }

    /** Every table. */
    java.util.Collection<MemoryTable> tables() {
        return tables.values();
    }

    void put(MemoryTable t) {
        tables.put(t.name(), t);
    }

    void remove(String name) {
        tables.remove(name);
    }
}

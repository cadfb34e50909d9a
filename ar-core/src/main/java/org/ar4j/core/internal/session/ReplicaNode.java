package org.ar4j.core.internal.session;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ar4j.spi.Backend;

/**
 * One read replica: its backend, whether it is in service (a failed replica is left out until a retry time), and
 * its last measured lag (measured again at most every {@link #LAG_EVERY}).
 */
final class ReplicaNode {
    private static final Logger LOG = LoggerFactory.getLogger("org.ar4j.replicas");
    /** How long a lag measurement is trusted. */
    static final Duration LAG_EVERY = Duration.ofMillis(250);

    final String name;
    private final Supplier<Backend> opener;
    private volatile Backend backend;
    private volatile long outUntilNanos;
    private volatile boolean out;
    private volatile long lagMeasuredNanos = Long.MIN_VALUE;
    private volatile Optional<Duration> lag = Optional.empty();

    ReplicaNode(String name, Supplier<Backend> opener) {
        this.name = name;
        this.opener = opener;
    }

    /** Its backend, opened at first use (a replica that is down when the database opens does not stop it). */
    Backend backend() {
        Backend b = backend;
        if (b == null) {
            synchronized (this) {
                if (backend == null) {
                    backend = opener.get();
                }
                b = backend;
            }
        }
        return b;
    }

    /** Closes its backend if it was opened. */
    synchronized void close() {
        if (backend != null) {
            backend.close();
        }
    }

    /** Whether reads may try it: in service, or out long enough to be tried again. */
    boolean available() {
        if (!out) {
            return true;
        }
        return System.nanoTime() - outUntilNanos >= 0;
    }

    /** Takes it out of service for a while after a failure. */
    void failed(RuntimeException e, Duration retryAfter) {
        if (!out) {
            LOG.warn("{} failed and is left out for {} ms; reads go to the other replicas or the primary: {}", name,
                    retryAfter.toMillis(), e.getMessage());
        }
        out = true;
        outUntilNanos = System.nanoTime() + retryAfter.toNanos();
    }

    /** Records that it answered: back in service if it was out. */
    void answered() {
        if (out) {
            out = false;
            LOG.info("{} answers again and serves reads", name);
        }
    }

    /** Whether its lag is known and within a bound, measuring it when the last measurement is old. */
    boolean lagWithin(Duration max) {
        long now = System.nanoTime();
        if (now - lagMeasuredNanos > LAG_EVERY.toNanos() || lagMeasuredNanos == Long.MIN_VALUE) {
            lag = backend().replicationLag();
            lagMeasuredNanos = now;
        }
        return lag.isPresent() && lag.get().compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        return name;
    }
}

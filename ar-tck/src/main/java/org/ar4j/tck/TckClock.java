package org.ar4j.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the scenarios advance by hand, so cache expiry is tested without sleeping. Thread-safe. */
public final class TckClock extends Clock {
    private volatile Instant now = Instant.parse("2030-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Moves time forward. */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }
}

package org.ar4j;

import java.util.Objects;

/**
 * Where a writer's last committed write stands in the primary's replication stream: a token a web request carries
 * to another thread or process so that its reads see that write ({@link Database#readYourWrites}). Its text form
 * ({@link #toString()}, {@link #parse(String)}) is safe to put in a cookie or header; it names the backend so a
 * token of another kind of database is refused.
 */
public final class WritePosition {
    private final String backend;
    private final String position;

    private WritePosition(String backend, String position) {
        this.backend = backend;
        this.position = position;
    }

    /** A position of a backend, as the backend reports it. */
    public static WritePosition of(String backend, String position) {
        if (backend == null || backend.isBlank() || backend.contains(":") || position == null || position.isBlank()) {
            throw new ConfigurationException("A write position needs a backend name (without ':') and a position");
        }
        return new WritePosition(backend, position);
    }

    /** Reads the text form {@code backend:position}, for example {@code postgres:0/3016038}. */
    public static WritePosition parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new ConfigurationException("Not a write position: '" + text + "' (expected backend:position, as"
                    + " WritePosition.toString() writes it)");
        }
        return of(text.substring(0, colon), text.substring(colon + 1));
    }

    /** The backend that reported it. */
    public String backend() {
        return backend;
    }

    /** The position as the backend reports it (a PostgreSQL LSN, a MariaDB GTID list). */
    public String position() {
        return position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WritePosition w && w.backend.equals(backend) && w.position.equals(position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backend, position);
    }

    /** The text form {@code backend:position}. */
    @Override
    public String toString() {
        return backend + ":" + position;
    }
}

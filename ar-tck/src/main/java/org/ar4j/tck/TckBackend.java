package org.ar4j.tck;

import java.util.Map;
import java.util.Optional;

/**
 * The one class a backend writes to run the TCK: where its database is. Implementations need a
 * public no-argument constructor; the TCK opens one {@link org.ar4j.Database} from it per test run.
 */
public interface TckBackend {
    /** The configuration parameter naming the implementing class. */
    String PARAMETER = "ar4j.tck.backend";

    /** The environment variable that turns an unavailable backend into a failure instead of a skip. */
    String REQUIRE_ALL = "AR_TCK_REQUIRE_ALL";

    /**
     * The connection URL of an empty database the TCK may create and drop tables in. The TCK opens a
     * second database on the same URL to check what other connections see, so it must name one shared
     * database (a file or a server, or a named in-memory database that lives while the run lasts).
     */
    String url();

    /** Backend properties (user, password, pool settings). */
    default Map<String, String> properties() {
        return Map.of();
    }

    /** A backend name to select explicitly, or null to select by URL. */
    default String backend() {
        return null;
    }

    /**
     * Why this backend cannot run here (no server configured, no Docker), or empty when it can.
     * An unavailable backend is skipped with this reason, or fails the run when
     * {@code AR_TCK_REQUIRE_ALL=true}.
     */
    default Optional<String> unavailable() {
        return Optional.empty();
    }

    /** Called once after the TCK closed its database: stop servers started for the run. */
    default void shutdown() {
    }
}

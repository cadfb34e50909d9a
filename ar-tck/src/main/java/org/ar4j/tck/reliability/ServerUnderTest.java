package org.ar4j.tck.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import java.io.IOException;

/** Environment plumbing for the reliability checks: URLs from the environment, server restarts. */
public final class ServerUnderTest {
    private ServerUnderTest() {
    }

    /**
     * The URL in an environment variable; without it the test is skipped with the reason printed,
     * or fails when {@code AR_TCK_REQUIRE_ALL=true}.
     */
    public static String url(String env) {
        String v = System.getenv(env);
        if (v == null || v.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("AR_TCK_REQUIRE_ALL"))) {
                throw new IllegalStateException(env + " is not set but AR_TCK_REQUIRE_ALL=true");
            }
            System.out.println("[ar4j-reliability] skipped: " + env + " is not set");
        }
        assumeTrue(v != null && !v.isBlank(), env + " is not set");
        return v;
    }

    /** Whether tests may restart local servers: only when AR_FAULT_INJECTION=true (set by .ci/run). */
    public static void requireFaultInjection() {
        boolean on = "true".equalsIgnoreCase(System.getenv("AR_FAULT_INJECTION"));
        if (!on) {
            System.out.println("[ar4j-reliability] skipped: server restarts run only with AR_FAULT_INJECTION=true"
                    + " (.ci/run sets it)");
        }
        assumeTrue(on, "AR_FAULT_INJECTION is not true");
    }

    /** Runs {@code .ci/restart-db <server>} from the repository root, failing on a non-zero exit. */
    public static void restart(String server) {
        run("restart-db", server);
    }

    /** Runs {@code .ci/replicas <command>} (stop or start a replica server), failing on a non-zero exit. */
    public static void replicas(String command) {
        run("replicas", command);
    }

    /**
     * Runs another {@code .ci} script with its arguments, for example {@code ci("galera", "kill-node", "3")},
     * failing on a non-zero exit.
     */
    public static void ci(String scriptName, String... arguments) {
        run(scriptName, arguments);
    }

    private static void run(String scriptName, String... arguments) {
        Path script = Path.of("..", ".ci", scriptName);
        if (!Files.exists(script)) {
            script = Path.of("..", "..", ".ci", scriptName);
        }
        try {
            List<String> command = new ArrayList<>(List.of("bash", script.toString()));
            command.addAll(List.of(arguments));
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(scriptName + " " + String.join(" ", arguments) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.ar4j.tck;

import java.util.stream.Stream;

import org.ar4j.Database;
import org.ar4j.Capability;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.TestAbortedException;

/**
 * Runs a capability-gated scenario from a {@code @TestFactory}. Where the backend declares the
 * capability, the scenario runs. Where it does not, the scenario is reported as skipped with the
 * reason printed, and its negative twin runs instead, checking the clear
 * {@link org.ar4j.UnsupportedCapabilityException}. Nothing ever passes silently.
 */
public final class CapabilityGate {
    private CapabilityGate() {
    }

    /**
     * The dynamic tests of one gated scenario.
     *
     * @param db           the database under test
     * @param capability   the capability the scenario needs
     * @param name         the scenario's name
     * @param whenSupported the scenario
     * @param whenMissing  the negative twin, run only where the capability is missing
     */
    public static Stream<DynamicTest> scenario(Database db, Capability capability, String name,
                                               Executable whenSupported, Executable whenMissing) {
        if (db.supports(capability)) {
            return Stream.of(DynamicTest.dynamicTest(name, whenSupported));
        }
        String reason = "skipped on " + db.backendName() + ": the backend does not declare " + capability;
        return Stream.of(
                DynamicTest.dynamicTest(name, () -> {
                    System.out.println("[ar4j-tck] " + name + " " + reason);
                    throw new TestAbortedException(reason);
                }),
                DynamicTest.dynamicTest(name + " (without " + capability + ": clear error)", whenMissing));
    }
}

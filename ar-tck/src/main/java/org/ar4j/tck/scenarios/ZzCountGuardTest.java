package org.ar4j.tck.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.ar4j.tck.ScenarioCatalog;
import org.ar4j.tck.TckScenario;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count guard: runs last (the TCK jar's junit-platform.properties orders classes by
 * {@link Order}) and fails when any scenario of the TCK did not run against this backend, so no
 * scenario can vanish through a discovery, naming or filtering mistake. Capability-gated
 * scenarios still run (as a reported skip plus their negative twin), so they are never missing.
 */
@Order(Integer.MAX_VALUE)
@DisplayName("TCK count guard")
class ZzCountGuardTest extends TckScenario {

    @Test
    @DisplayName("every scenario of the TCK ran on this backend")
    void everyScenarioRan() {
        List<String> expected = ScenarioCatalog.all().stream()
                .filter(s -> !s.startsWith(ZzCountGuardTest.class.getSimpleName() + "#"))
                .toList();
        List<String> missing = ScenarioCatalog.missing(expected, executedScenarios());
        assertThat(expected).as("the TCK's scenarios").isNotEmpty();
        assertThat(missing).as("TCK scenarios that did not run on " + db.backendName()
                + " (a class not matching the suite's include pattern, a filter, or a disabled test)").isEmpty();
        System.out.println("[ar4j-tck] count guard passed: all " + expected.size() + " TCK scenarios ran on "
                + db.backendName());
    }

    @Test
    @DisplayName("the TCK orders its classes by @Order, so this guard runs after every scenario")
    void runsLast() throws IOException {
        Properties config = new Properties();
        try (InputStream in = TckScenario.class.getResourceAsStream("/junit-platform.properties")) {
            assertThat(in).as("the TCK jar's junit-platform.properties").isNotNull();
            config.load(in);
        }
        assertThat(config.getProperty("junit.jupiter.testclass.order.default"))
                .isEqualTo(ClassOrderer.OrderAnnotation.class.getName());
        assertThat(ZzCountGuardTest.class.getAnnotation(Order.class).value()).isEqualTo(Integer.MAX_VALUE);
    }
}

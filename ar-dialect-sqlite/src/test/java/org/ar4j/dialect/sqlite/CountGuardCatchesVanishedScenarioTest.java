package org.ar4j.dialect.sqlite;

import java.util.List;

import org.ar4j.tck.TckBackend;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Shows the TCK's count guard at work: a run from which scenario classes vanished (here only two
 * classes were selected, as a naming or discovery mistake would cause) fails, naming the lost scenarios.
 */
class CountGuardCatchesVanishedScenarioTest {

    @Test
    void aRunMissingAScenarioClassFails() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                // A run that only found two scenario classes, as a naming mistake would cause:
                // every other class vanished, OptimisticLockingTest among them.
                .selectors(selectClass("org.ar4j.tck.scenarios.LazyLoadingTest"),
                        selectClass("org.ar4j.tck.scenarios.ZzCountGuardTest"))
                .configurationParameter(TckBackend.PARAMETER, SqliteTckTest.class.getName())
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();

        List<TestExecutionSummary.Failure> failures = summary.getFailures();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getTestIdentifier().getDisplayName()).isEqualTo("every scenario of the TCK ran on this backend");
        assertThat(failures.get(0).getException()).hasMessageContaining("OptimisticLockingTest#concurrentIncrementsLoseNothing");
        assertThat(summary.getTestsStartedCount()).isGreaterThanOrEqualTo(1);
    }
}

package org.ar4j.spring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.ar4j.ConfigurationException;
import org.ar4j.spring.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Configuration mistakes stop the start-up with Spring Boot's failure report, not as a cause deep in a stack trace:
 * a misspelled spring.ar4j key, and a pool setting that the application's own DataSource would silently ignore.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @Test
    void aMisspelledKeyIsReportedAsApplicationFailedToStart(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TestApplication.class)
                .properties("spring.datasource.url=jdbc:sqlite:target/spring-startup.db",
                        "spring.ar4j.slow-statment-threshold=1s").run())
                .hasRootCauseInstanceOf(ConfigurationException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("spring.ar4j.slow-statment-threshold")
                .contains("did you mean spring.ar4j.slow-statement-threshold");
    }

    @Test
    void poolSettingsOnTheApplicationsDataSourceAreRefused(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TestApplication.class)
                .properties("spring.datasource.url=jdbc:sqlite:target/spring-startup.db",
                        "spring.ar4j.properties.pool.maxSize=4").run())
                .hasRootCauseInstanceOf(ConfigurationException.class)
                .rootCause().hasMessageContaining("pool.maxSize").hasMessageContaining("spring.datasource.hikari");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("spring.datasource.hikari");
    }
}

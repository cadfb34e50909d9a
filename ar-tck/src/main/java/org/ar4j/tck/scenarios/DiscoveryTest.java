package org.ar4j.tck.scenarios;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.tck.TckScenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backend discovery fails loudly and helpfully. */
@Tag("discovery")
class DiscoveryTest extends TckScenario {

    @Test
    @DisplayName("a URL no backend accepts lists the backends on the classpath, with this one among them")
    void noBackendAccepts() {
        assertThatThrownBy(() -> Database.connect("jdbc:nosuchdb://host/db"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No ar4j backend accepts the URL 'jdbc:nosuchdb://host/db'")
                .hasMessageContaining("Backends on the classpath: ")
                .hasMessageContaining(db.backendName());
    }

    @Test
    @DisplayName("a known URL scheme without its jar names the jar to add")
    void missingJarIsNamed() {
        String url = db.backendName().equals("sqlite") ? "jdbc:postgresql://localhost/x" : "jdbc:sqlite::memory:";
        String jar = db.backendName().equals("sqlite") ? "org.ar4j:ar-dialect-postgres" : "org.ar4j:ar-dialect-sqlite";
        try {
            Database other = Database.connect(url);
            other.close(); // the jar happens to be on this classpath: nothing to check
            assertThat(other.backendName()).isNotEqualTo(db.backendName());
        } catch (ConfigurationException e) {
            assertThat(e.getMessage()).contains("Add " + jar);
        }
    }

    @Test
    @DisplayName("an explicitly named backend that is not on the classpath is an error listing what is")
    void unknownExplicitBackend() {
        assertThatThrownBy(() -> Database.builder().url("jdbc:whatever:").backend("nosuch").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No backend named 'nosuch'")
                .hasMessageContaining(db.backendName());
    }

    @Test
    @DisplayName("a password in a URL never appears in an error")
    void passwordRedacted() {
        assertThatThrownBy(() -> Database.connect("jdbc:nosuchdb://app:s3cret@host/db?password=s3cret"))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").contains("****"));
    }
}

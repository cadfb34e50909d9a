package org.ar4j.core.discovery;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backend discovery with providers registered in this module's test resources: two that accept
 * the same URL, one alone, and one entry whose class does not exist.
 */
class DiscoveryTest {

    @Test
    void twoProvidersAcceptingOneUrlIsAnErrorNamingBothAndTheFix() {
        assertThatThrownBy(() -> Database.connect("jdbc:twin://host/db?password=hunter2"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Several ar4j backends accept the URL 'jdbc:twin://host/db?password=****'")
                .hasMessageContaining("twin-a (com.example:twin-a")
                .hasMessageContaining("twin-b (com.example:twin-b")
                .hasMessageContaining("Remove all but one of these jars")
                .hasMessageContaining("Database.builder().backend(");
    }

    @Test
    void anExplicitBackendWins() {
        assertThatThrownBy(() -> Database.builder().url("jdbc:twin://host/db").backend("twin-b").build())
                .isInstanceOf(ConfigurationException.class).hasMessage("twin-b was chosen");
    }

    @Test
    void aBrokenProviderDoesNotHideTheOthers() {
        assertThatThrownBy(() -> Database.connect("jdbc:solo://x")).isInstanceOf(ConfigurationException.class)
                .hasMessage("solo was chosen");
        assertThatThrownBy(() -> Database.connect("jdbc:none://x")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No ar4j backend accepts the URL 'jdbc:none://x'")
                .hasMessageContaining("twin-a").hasMessageContaining("twin-b").hasMessageContaining("solo")
                .hasMessageContaining("Backends that failed to load")
                .hasMessageContaining("org.ar4j.core.discovery.NoSuchProvider");
    }
}

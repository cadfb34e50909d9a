package org.ar4j.core.discovery;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backend discovery with providers registered for these tests only, through the thread's context class loader (so
 * the rest of the module's tests, which open real databases, do not meet them): two that accept the same URL, one
 * alone, and one entry whose class does not exist.
 */
class DiscoveryTest {
    private ClassLoader before;
    private URLClassLoader registering;

    @BeforeEach
    void registerFakeProviders(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve("org.ar4j.spi.BackendProvider"), String.join("\n",
                "org.ar4j.core.discovery.FakeProviders$TwinA", "org.ar4j.core.discovery.FakeProviders$TwinB",
                "org.ar4j.core.discovery.NoSuchProvider", "org.ar4j.core.discovery.FakeProviders$Solo"));
        before = Thread.currentThread().getContextClassLoader();
        registering = new URLClassLoader(new URL[] {dir.toUri().toURL()}, DiscoveryTest.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(registering);
    }

    @AfterEach
    void restore() throws IOException {
        Thread.currentThread().setContextClassLoader(before);
        registering.close();
    }

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

package org.ar4j.core.discovery;

import org.ar4j.ConfigurationException;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;

/** Providers that only exist to exercise discovery; opening one reports which one was chosen. */
final class FakeProviders {
    private FakeProviders() {
    }

    abstract static class Fake implements BackendProvider {
        private final String name;
        private final String prefix;

        Fake(String name, String prefix) {
            this.name = name;
            this.prefix = prefix;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean accepts(String url) {
            return url.startsWith(prefix);
        }

        @Override
        public String urlPattern() {
            return prefix;
        }

        @Override
        public String artifact() {
            return "com.example:" + name;
        }

        @Override
        public Backend open(BackendConfig config) {
            throw new ConfigurationException(name + " was chosen");
        }
    }

    /** Accepts jdbc:twin: URLs. */
    public static final class TwinA extends Fake {
        public TwinA() {
            super("twin-a", "jdbc:twin:");
        }
    }

    /** Also accepts jdbc:twin: URLs. */
    public static final class TwinB extends Fake {
        public TwinB() {
            super("twin-b", "jdbc:twin:");
        }
    }

    /** The only one accepting jdbc:solo: URLs. */
    public static final class Solo extends Fake {
        public Solo() {
            super("solo", "jdbc:solo:");
        }
    }
}

package org.ar4j.core.internal;

import org.junit.jupiter.api.Test;

import org.ar4j.ConfigurationException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The error model statics give when no database resolves: it names the whole order and the Spring way. */
class DatabaseResolverTest {

    @Test
    void noDatabaseNamesTheResolutionOrderAndSpring() {
        assertThatThrownBy(() -> new DatabaseResolver().resolve(String.class)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No database is open for String")
                .hasMessageContaining("transaction is open on this thread")
                .hasMessageContaining("bound to this thread (db.bindToThread() or db.bind(...))")
                .hasMessageContaining("Database.builder().bind(Model.class)")
                .hasMessageContaining("the default database")
                .hasMessageContaining("Under Spring (ar-spring)")
                .hasMessageContaining("Database.connect(url)");
    }
}

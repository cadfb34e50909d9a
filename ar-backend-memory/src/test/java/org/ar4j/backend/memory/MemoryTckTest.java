package org.ar4j.backend.memory;

import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the whole TCK on the in-memory reference backend: the quick check of a change to ar-core
 * ({@code mvn -pl ar-backend-memory verify}), with no database server or file.
 */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "org.ar4j.backend.memory.MemoryTckTest")
public class MemoryTckTest implements TckBackend {
    @Override
    public String url() {
        return "memory:tck";
    }
}

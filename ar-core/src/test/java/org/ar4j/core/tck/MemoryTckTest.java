package org.ar4j.core.tck;

import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the whole TCK on the in-memory reference backend inside ar-core's own tests: every change to ar-core is
 * checked against every scenario by {@code mvn -pl ar-core verify}, in seconds, with no database server or file.
 */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "org.ar4j.core.tck.MemoryTckTest")
public class MemoryTckTest implements TckBackend {
    @Override
    public String url() {
        return "memory:tck";
    }
}

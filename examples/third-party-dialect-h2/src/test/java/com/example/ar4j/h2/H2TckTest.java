package com.example.ar4j.h2;

import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

// tag::tck[]
/** Certifies the H2 dialect: the whole ar4j TCK on an in-memory H2 database. */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "com.example.ar4j.h2.H2TckTest")
public class H2TckTest implements TckBackend {
    @Override
    public String url() {
        return "jdbc:h2:mem:ar4j-tck;DB_CLOSE_DELAY=-1";
    }
}
// end::tck[]

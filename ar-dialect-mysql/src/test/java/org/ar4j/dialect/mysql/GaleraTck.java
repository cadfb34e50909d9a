package org.ar4j.dialect.mysql;

import org.ar4j.tck.EnvironmentTckBackend;
import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the whole TCK on one node of a MariaDB Galera cluster ({@code .ci/galera start}): the first URL of
 * {@code AR_TEST_GALERA_URLS}. Run by its own Surefire execution ({@code galera-tck}), reports in
 * {@code target/surefire-reports-galera}; without the variable the backend is reported unavailable.
 */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "org.ar4j.dialect.mysql.GaleraTck")
public class GaleraTck extends EnvironmentTckBackend {
    @Override
    protected String environmentVariable() {
        return "AR_TEST_GALERA_URL";
    }
}

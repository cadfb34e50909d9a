package org.ar4j.dialect.postgres;

import org.ar4j.tck.EnvironmentTckBackend;
import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the whole TCK on PostgreSQL through PgBouncer in transaction pooling mode ({@code .ci/pgbouncer start}):
 * the URL in {@code AR_TEST_PGBOUNCER_URL}, which carries {@code prepareThreshold=0}. Run by its own Surefire
 * execution ({@code pgbouncer-tck}), reports in {@code target/surefire-reports-pgbouncer}.
 */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "org.ar4j.dialect.postgres.PgBouncerTck")
public class PgBouncerTck extends EnvironmentTckBackend {
    @Override
    protected String environmentVariable() {
        return "AR_TEST_PGBOUNCER_URL";
    }
}

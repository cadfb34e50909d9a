package org.ar4j.dialect.postgres;

import org.ar4j.tck.ServerTckBackend;
import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Runs the whole TCK on PostgreSQL: the server at {@code AR_TEST_POSTGRES_URL} when set, else a
 * Testcontainers PostgreSQL when Docker is available, else the backend is reported unavailable.
 */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "org.ar4j.dialect.postgres.PostgresTckTest")
public class PostgresTckTest extends ServerTckBackend {
    private PostgreSQLContainer container;

    @Override
    protected String environmentVariable() {
        return "AR_TEST_POSTGRES_URL";
    }

    @Override
    protected boolean canStartContainer() {
        return dockerConfigured() && DockerClientFactory.instance().isDockerAvailable();
    }

    @Override
    protected String startContainer() {
        container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        return container.getJdbcUrl() + "&user=" + container.getUsername() + "&password=" + container.getPassword();
    }

    @Override
    protected void stopContainer() {
        container.stop();
    }
}

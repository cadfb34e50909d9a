package org.ar4j.dialect.mysql;

import org.ar4j.tck.ServerTckBackend;
import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Runs the whole TCK on MySQL or MariaDB: the server at {@code AR_TEST_MYSQL_URL} when set, else a
 * Testcontainers MySQL when Docker is available, else the backend is reported unavailable.
 */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "org.ar4j.dialect.mysql.MysqlTckTest")
public class MysqlTckTest extends ServerTckBackend {
    private MySQLContainer container;

    @Override
    protected String environmentVariable() {
        return "AR_TEST_MYSQL_URL";
    }

    @Override
    protected boolean canStartContainer() {
        return dockerConfigured() && DockerClientFactory.instance().isDockerAvailable();
    }

    @Override
    protected String startContainer() {
        container = new MySQLContainer("mysql:8.4");
        container.start();
        return container.getJdbcUrl() + "?user=" + container.getUsername() + "&password=" + container.getPassword();
    }

    @Override
    protected void stopContainer() {
        container.stop();
    }
}

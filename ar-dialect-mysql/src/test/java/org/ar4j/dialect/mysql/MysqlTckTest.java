package org.ar4j.dialect.mysql;

import java.util.Optional;

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
public class MysqlTckTest implements TckBackend {
    private static final String ENV = "AR_TEST_MYSQL_URL";
    private static MySQLContainer container;

    @Override
    public String url() {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            return url;
        }
        synchronized (MysqlTckTest.class) {
            if (container == null) {
                container = new MySQLContainer("mysql:8.4");
                container.start();
            }
            return container.getJdbcUrl() + "&user=" + container.getUsername() + "&password=" + container.getPassword();
        }
    }

    @Override
    public Optional<String> unavailable() {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            return Optional.empty();
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.empty();
        }
        return Optional.of(ENV + " is not set and Docker is not available for Testcontainers");
    }

    @Override
    public void shutdown() {
        synchronized (MysqlTckTest.class) {
            if (container != null) {
                container.stop();
                container = null;
            }
        }
    }
}

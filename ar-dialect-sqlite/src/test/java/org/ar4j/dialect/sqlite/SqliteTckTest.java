package org.ar4j.dialect.sqlite;

import org.ar4j.tck.TckBackend;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs the whole TCK on an in-memory SQLite database. */
@Suite
@SelectPackages("org.ar4j.tck.scenarios")
@ConfigurationParameter(key = TckBackend.PARAMETER, value = "org.ar4j.dialect.sqlite.SqliteTckTest")
public class SqliteTckTest implements TckBackend {
    @Override
    public String url() {
        return "jdbc:sqlite::memory:";
    }
}

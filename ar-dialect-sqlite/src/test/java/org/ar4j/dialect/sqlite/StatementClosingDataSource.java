package org.ar4j.dialect.sqlite;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * An application pool as some are: its connection handles cannot be unwrapped (unwrap returns the handle) and closing
 * a handle closes every statement made through it.
 */
final class StatementClosingDataSource {
    private StatementClosingDataSource() {
    }

    static DataSource over(DataSource pool) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(pool, method, args);
                    return result instanceof Connection c ? handle(c) : result;
                });
    }

    private static Connection handle(Connection physical) {
        List<Statement> made = new ArrayList<>();
        InvocationHandler h = (proxy, method, args) -> {
            switch (method.getName()) {
                case "unwrap":
                    return ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
                case "close":
                    for (Statement s : made) {
                        s.close();
                    }
                    made.clear();
                    return invoke(physical, method, args);
                default:
                    Object result = invoke(physical, method, args);
                    if (result instanceof Statement s) {
                        made.add(s);
                    }
                    return result;
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    /**
     * Driver connections to {@code url} that count the statements prepared on them: what a pool's {@code setDataSource}
     * takes, so the count is of statements prepared on the connections under its handles.
     */
    static DataSource countingPrepares(String url, AtomicInteger prepared) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        return method.getName().equals("getLoginTimeout") ? 0 : null;
                    }
                    Connection driver = DriverManager.getConnection(url);
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (c, m, a) -> {
                                if (m.getName().equals("prepareStatement")) {
                                    prepared.incrementAndGet();
                                }
                                return invoke(driver, m, a);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

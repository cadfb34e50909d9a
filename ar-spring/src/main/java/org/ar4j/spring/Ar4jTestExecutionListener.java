package org.ar4j.spring;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import org.ar4j.Database;

/**
 * Binds the test's application context's {@link Database} to the test thread around each test method, so model
 * statics in a {@code @SpringBootTest} use that context's database even while other cached contexts are open.
 * Registered through {@code META-INF/spring.factories}: test classes need no setup.
 */
public class Ar4jTestExecutionListener implements TestExecutionListener, Ordered {
    private static final String BINDING = Ar4jTestExecutionListener.class.getName() + ".binding";

    /** Created by Spring's test framework. */
    public Ar4jTestExecutionListener() {
    }

    @Override
    public int getOrder() {
        return 2_500;   // after dependency injection, before the transactional listener opens a transaction
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        Database db = testContext.getApplicationContext().getBeanProvider(Database.class).getIfUnique();
        if (db != null) {
            testContext.setAttribute(BINDING, db.bindToThread());
        }
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        Object binding = testContext.removeAttribute(BINDING);
        if (binding instanceof Database.Binding b) {
            b.close();
        }
    }
}

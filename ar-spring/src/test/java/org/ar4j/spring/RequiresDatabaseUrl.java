package org.ar4j.spring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class whose database URL variable is unset, printing why; with AR_TCK_REQUIRE_ALL=true (as
 * in CI) the missing variable is a failure instead.
 */
final class RequiresDatabaseUrl implements ExecutionCondition {

    /** The environment variable holding the JDBC URL. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Variable {
        String value();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Variable v = context.getRequiredTestClass().getAnnotation(Variable.class);
        String url = System.getenv(v.value());
        if (url != null && !url.isBlank()) {
            return ConditionEvaluationResult.enabled(v.value() + " is set");
        }
        if ("true".equalsIgnoreCase(System.getenv("AR_TCK_REQUIRE_ALL"))) {
            throw new IllegalStateException(v.value() + " is not set but AR_TCK_REQUIRE_ALL=true");
        }
        String reason = v.value() + " is not set";
        System.out.println("[ar-spring] " + context.getRequiredTestClass().getSimpleName() + " skipped: " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}

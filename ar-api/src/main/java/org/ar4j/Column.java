package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the column name of a field (by default the snake_case form of the field name)
 * and declares column constraints.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface Column {
    /** The column name; empty means the default snake_case name. */
    String value() default "";

    /** Whether the column carries a unique index. */
    boolean unique() default false;

    /** Whether the column rejects nulls (primitive fields are always NOT NULL). */
    boolean notNull() default false;
}

package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the table (or MongoDB collection) of a model. Without it the table name is the
 * snake_case plural of the class name ({@code BlogPost} becomes {@code blog_posts}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Table {
    /** The table name. */
    String value();

    /**
     * Whether the model only reads: it maps a view (or a table other code writes). Queries, relations, projections
     * and validate work as for any model; writes and schema create/drop are refused with
     * {@link ReadOnlyModelException}, and validate leaves out what a view has not (keys, indexes, NOT NULL). The
     * {@code @Id} is a natural key of the rows, used to find them and link relations.
     */
    boolean readOnly() default false;
}

package org.ar4j;

import java.lang.annotation.*;

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
}

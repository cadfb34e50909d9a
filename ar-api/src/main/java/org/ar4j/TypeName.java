package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name stored for a model where a column holds which model a row refers to: the type column of a
 * {@link org.ar4j.relation.MorphTo}. Without it the name is the class's simple name ({@code Post}). Declare one to
 * keep stored names stable when a class is renamed or moved, or to match names another application wrote
 * ({@code @TypeName("App\\Models\\Post")}). The names of one MorphTo's models must differ.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface TypeName {
    /** The stored name. */
    String value();
}

package org.ar4j;

import java.lang.annotation.*;

/**
 * Excludes a field from mapping. Fields declared with the {@code transient} keyword and
 * {@code static} fields are excluded as well.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface Transient {
}

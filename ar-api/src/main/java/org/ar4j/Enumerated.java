package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an enum field is stored: by the constant's name (the default), by its ordinal, or by the value its enum marks
 * with {@link EnumValue} (used whenever the enum declares one).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface Enumerated {
    /** The stored form. */
    By value();

    /** The stored form of an enum constant. */
    enum By {
        /** Its name: readable, but renaming a constant orphans stored rows. */
        NAME,
        /** Its ordinal (an integer): compact, but reordering or inserting constants changes what rows mean. */
        ORDINAL
    }
}

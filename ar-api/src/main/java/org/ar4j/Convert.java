package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stores a field through a {@link ValueConverter}: {@code @Convert(CentsConverter.class) Money price;}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface Convert {
    /** The converter: a class with a no-argument constructor, instantiated once per model. */
    Class<? extends ValueConverter<?, ?>> value();
}

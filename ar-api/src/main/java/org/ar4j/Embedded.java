package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a value of several fields (a record or a class: an address, an amount with its currency) in the model's own
 * row: one column per field of the value, named with a prefix ({@code address_city}) on SQL, a subdocument
 * ({@code address: {city: ...}}) on MongoDB. Values nest: a field of an embedded value may be {@code @Embedded} too.
 *
 * <p>The value is nullable as a whole: a null value stores nulls in all its columns, and a row whose columns are all
 * null reads back as a null value. Its fields are addressed by path in queries ({@code where("address.city", ...)},
 * {@code orderBy("address.city")}, {@code Customer_.address.city} through the metamodel) and tracked by their stored
 * values. A record is built with its canonical constructor, a class with its no-argument constructor (both may be
 * private); values are read column by column, so the constructor must accept null components.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface Embedded {
    /** The prefix of the value's column names; empty for the field's column name and an underscore ("address_"). */
    String prefix() default "";
}

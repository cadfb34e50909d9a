package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field as a JSON document: a record or class, a {@code Map<String, ?>} or a {@code List<?>} (of any depth).
 * The column is {@code jsonb} on PostgreSQL, {@code JSON} on MySQL/MariaDB, text on SQLite, and a native subdocument or
 * array on MongoDB. Values are written and read by the database's {@link JsonCodec} (Jackson 3 through the
 * {@code ar-jackson} module, or the codec given to {@link DatabaseBuilder#json(JsonCodec)}). Change tracking compares
 * the documents by meaning, so a value changed in place is saved, and an equal one is not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface Json {
    /**
     * Paths inside the document to index, each as a query names it below the field ({@code "color"},
     * {@code "dims.width"}, {@code "sizes.0"}): equality and {@code in} conditions on such a path are answered from an
     * index where the backend declares {@link Capability#JSON_PATH_INDEXES} (an expression index on SQLite, a hash
     * index on PostgreSQL, an indexed virtual column of the string's first 100 characters on MySQL/MariaDB, a dotted-path
     * index on MongoDB). Elsewhere nothing is created and queries give the same results without one.
     */
    String[] indexed() default {};
}

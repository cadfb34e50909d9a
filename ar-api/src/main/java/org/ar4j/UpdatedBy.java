package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that records who last wrote the record (set on insert when null and on every update that
 * writes changes): the value the database's {@link AuditorResolver} gives ({@link DatabaseBuilder#auditor}),
 * converted to the field's type. Nothing is set while the resolver gives null or none is configured. A failed or
 * rolled-back write puts the field back.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface UpdatedBy {
}

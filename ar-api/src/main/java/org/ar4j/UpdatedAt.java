package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that records when a record was last written: an {@code Instant}, {@code OffsetDateTime} (at
 * UTC) or {@code LocalDateTime} (in the clock's zone), read from the database's clock
 * ({@link DatabaseBuilder#clock}). An insert sets it (to the creation time when it is null); a {@code save()}
 * that writes changes sets it, a save without changes writes nothing and leaves it; {@code upsertAll} and
 * {@code Query.updateAll} set it on every row they write unless the values given name it. A failed or
 * rolled-back write puts the field back.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface UpdatedAt {
}

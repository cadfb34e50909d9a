package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that records when a record was created: an {@code Instant}, {@code OffsetDateTime} (at UTC)
 * or {@code LocalDateTime} (in the clock's zone). Inserting a record ({@code save()}, {@code insertAll},
 * the insert of {@code upsertAll}) sets it from the database's clock ({@link DatabaseBuilder#clock}) when it is
 * null; a value the application set is kept. It is never changed afterwards: {@code upsertAll} writing over a
 * row keeps the stored value. A failed or rolled-back insert puts the field back.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface CreatedAt {
}

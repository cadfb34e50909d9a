package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that says a record is deleted, so that {@code delete()} keeps the row and marks it instead:
 * an {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime} (null while the record lives, the database
 * clock's time once deleted), or a {@code boolean}/{@code Boolean} (false while it lives, true once deleted).
 *
 * <p>The mark is a default scope of the model named {@code "softDelete"}: every query, relation load, {@code has},
 * aggregate, page, stream, projection and bulk write leaves marked rows out.
 * {@link org.ar4j.query.Query#withDeleted()} reads them too, {@link org.ar4j.query.Query#onlyDeleted()} only them.
 * {@link ActiveRecord#delete()} and {@code deleteAll()} mark; {@link ActiveRecord#forceDelete()} and
 * {@code forceDeleteAll()} remove rows; {@link ActiveRecord#restore()} clears the mark. A cascade follows the
 * delete that started it: a mark marks the dependents, a force delete removes them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface SoftDelete {
}

package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the optimistic-locking version of a model: a {@code long}, {@code Long}, {@code int} or
 * {@code Integer} field. Insert sets it to 1; every update that changes something writes
 * {@code version + 1} only where the stored version is still the one loaded, and a delete checks
 * it too. When another writer got there first, {@link StaleRecordException} is thrown and nothing
 * is written. Bulk {@code updateAll} increments the version of every row it changes (so a record
 * loaded before it fails to save as stale) and refuses to set the version field itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface Version {
}

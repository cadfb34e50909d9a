package org.ar4j;

/**
 * One field's change: its value as last loaded or saved, and its value now (for {@link ActiveRecord#changes()}), or
 * the values before and after the last save (for {@link ActiveRecord#savedChanges()}).
 *
 * @param before the value before: as loaded or last saved; null for a new record
 * @param after  the value after: the field's current value, or the one the save wrote
 */
public record Change(Object before, Object after) {
}

package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the member of an enum whose value is stored for each constant instead of its name: a field or a
 * no-argument method of a type a column stores (String, Integer, Long...), distinct per constant. Renaming a constant
 * then keeps the stored data readable; the database orders by the stored value.
 *
 * <pre>{@code
 * enum Status {
 *     ACTIVE("A"), SUSPENDED("S");
 *     @EnumValue final String code;
 *     Status(String code) { this.code = code; }
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Documented
public @interface EnumValue {
}

package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Single-table inheritance: this model's table also holds the rows of its subclasses, each row's class named by
 * a discriminator field of this model. The stored name of a class is its {@link TypeName} (default: the simple class
 * name). A query over this model returns each row as its class; {@code query(Vehicle.class).ofType(Car.class)}
 * is a {@code Query<Car>} of the cars (and the cars' subclasses) only. Subclass fields become nullable columns of
 * the one table.
 *
 * <pre>{@code
 * @Table("vehicles")
 * @Inheritance(subclasses = {Car.class, Truck.class})
 * public class Vehicle extends ActiveRecord<Vehicle> {
 *     @Id public Long id;
 *     public String type;            // "Vehicle", "Car" or "Truck": set on insert
 *     public String name;
 * }
 * public class Car extends Vehicle { public Integer seats; }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Inheritance {
    /**
     * The subclasses stored in this table, at any depth. Empty: the classes a {@code sealed} model permits, and
     * theirs in turn.
     */
    Class<?>[] subclasses() default {};

    /** The String field holding each row's type name. */
    String discriminator() default "type";
}

package org.ar4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that says which tenant a record belongs to (a {@code String} or {@code Long}). Every read and
 * write of the model is then confined to the current tenant of the database's {@link TenantResolver}: queries,
 * {@code find}, relation loads, {@code has}, aggregates, projections and bulk writes only see its rows, inserts
 * take its value, and a record of another tenant cannot be saved, deleted, restored or linked. With no tenant
 * resolved, every operation on the model is refused; {@link Database#asAllTenants} is the one, logged, way past.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Documented
public @interface TenantId {
}

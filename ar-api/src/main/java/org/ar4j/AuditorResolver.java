package org.ar4j;

/**
 * Who is writing now, for {@link CreatedBy} and {@link UpdatedBy} fields: a user name, id or any value the fields'
 * type takes (converted as a query value is). Asked on the writing thread at each write; null means nobody is
 * known, and leaves the fields as they are. ar-spring supplies one from an {@code AuditorResolver} bean, else from
 * Spring Security's current principal name when Spring Security is present.
 */
@FunctionalInterface
public interface AuditorResolver {

    /** The current auditor, or null. */
    Object currentAuditor();
}

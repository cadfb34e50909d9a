package org.ar4j;

/**
 * Which tenant the current work serves, for models with a {@link TenantId} field: asked at each operation on the
 * calling thread (from a thread local, the request, the security context); null means none, and operations on
 * tenant models are then refused. {@link Database#asTenant} runs work as a given tenant instead. ar-spring passes
 * a {@code TenantResolver} bean.
 */
@FunctionalInterface
public interface TenantResolver {

    /** The current tenant, or null for none. */
    Object currentTenant();
}

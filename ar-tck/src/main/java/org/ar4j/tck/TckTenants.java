package org.ar4j.tck;

import org.ar4j.TenantResolver;

/** The tenant the TCK's databases resolve for {@code @TenantId} models: none until a scenario sets one. */
public final class TckTenants implements TenantResolver {
    private volatile Object current;

    /** The tenant from now on; null for none. */
    public void set(Object tenant) {
        current = tenant;
    }

    @Override
    public Object currentTenant() {
        return current;
    }
}

package org.ar4j.tck;

import org.ar4j.AuditorResolver;

/**
 * The auditor the TCK's databases ask for {@code @CreatedBy}/{@code @UpdatedBy} fields: nobody until a scenario
 * says who writes; reset before each scenario.
 */
public final class TckAuditor implements AuditorResolver {
    private volatile Object current;

    /** Who writes from now on; null for nobody. */
    public void set(Object who) {
        current = who;
    }

    @Override
    public Object currentAuditor() {
        return current;
    }
}

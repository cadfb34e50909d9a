package org.ar4j.core.internal.session;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.cache.RelationCache;
import org.ar4j.spi.Backend;

/**
 * A database seen with every read on the primary ({@code Query.fromPrimary()}): its own guarded backend over the
 * router's primary-only view, everything else the database's. Records it loads belong to the database.
 */
public final class PinnedSession implements Session {
    private final Session owner;
    private final GuardedBackend guarded;
    private final Backend backend;

    /** The view of a database whose router is given. */
    public PinnedSession(Session owner, ReplicaRouter router) {
        this.owner = owner;
        this.guarded = new GuardedBackend(router.pinnedToPrimary(), owner.transactions(), owner.models(), owner.tenancy());
        this.backend = SubqueryFlattening.over(guarded);
    }

    @Override
    public Backend backend() {
        owner.backend(); // refuses a closed database
        return backend;
    }

    @Override
    public StatementChecks checks() {
        return guarded.checks();
    }

    @Override
    public org.ar4j.core.internal.meta.ModelSet models() {
        return owner.models();
    }

    @Override
    public Transactions transactions() {
        return owner.transactions();
    }

    @Override
    public RelationCache cacheFor(RelationInfo relation) {
        return owner.cacheFor(relation);
    }

    @Override
    public void clearCaches(ActiveRecord<?> record) {
        owner.clearCaches(record);
    }

    @Override
    public LoadMode loadMode() {
        return owner.loadMode();
    }

    @Override
    public String backendName() {
        return owner.backendName();
    }

    @Override
    public Session owner() {
        return owner;
    }

    @Override
    public java.time.Clock clock() {
        return owner.clock();
    }

    @Override
    public org.ar4j.AuditorResolver auditor() {
        return owner.auditor();
    }

    @Override
    public Tenancy tenancy() {
        return owner.tenancy();
    }
}

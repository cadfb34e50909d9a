package org.ar4j.core.internal.session;

import org.ar4j.ActiveRecord;
import org.ar4j.LoadMode;
import org.ar4j.core.internal.meta.RelationInfo;
import org.ar4j.cache.RelationCache;
import org.ar4j.spi.Backend;

/**
 * What a database offers the code that reads and writes records through it: the backend (every call
 * checked, see {@link GuardedBackend}), its transaction rules, its relation caches and its load mode.
 * The database implements it; loaders, queries and the persister depend on this, never on the database.
 */
public interface Session {
    /** The backend, through which every statement is checked and its failures reach the transaction rules. */
    Backend backend();

    /** The checks every statement passes (values, identifiers), for operations that check before their first one. */
    StatementChecks checks();

    /** The models this database serves (given, bound, used through it). */
    org.ar4j.core.internal.meta.ModelSet models();

    /** The transaction rules of this database. */
    Transactions transactions();

    /** The cache a relation's values are kept in. */
    RelationCache cacheFor(RelationInfo relation);

    /** Forgets every cached relation value of a record. */
    void clearCaches(ActiveRecord<?> record);

    /** The load mode for queries that set none. */
    LoadMode loadMode();

    /** The database's clock: relation-cache expiry and record timestamps read it. */
    java.time.Clock clock();

    /** Who writes, for @CreatedBy / @UpdatedBy fields; null when the database has no resolver. */
    org.ar4j.AuditorResolver auditor();

    /** The current tenant, for @TenantId models. */
    Tenancy tenancy();

    /** The database itself: what loaded records belong to (a view such as {@link #primary()} is not). */
    default Session owner() {
        return this;
    }

    /** This database with every read on the primary ({@code Query.fromPrimary()}); itself without replicas. */
    default Session primary() {
        return this;
    }

    /** The backend's name, for messages. */
    String backendName();
}

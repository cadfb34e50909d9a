package org.ar4j.core.internal.session;

import org.ar4j.ActiveRecord;
import org.ar4j.ArgumentException;
import org.ar4j.TenantIsolationException;
import org.ar4j.TenantResolver;
import org.ar4j.TransactionCallable;
import org.ar4j.core.internal.meta.FieldInfo;
import org.ar4j.core.internal.meta.ModelInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database's current tenant, for {@code @TenantId} models: the resolver's, or the one {@code asTenant} set on
 * this thread, or every tenant inside {@code asAllTenants} (logged with its reason). {@link TenantGuard} confines
 * each command to it; the persister checks records against it.
 */
public final class Tenancy {
    private static final Logger LOG = LoggerFactory.getLogger("org.ar4j.tenancy");
    /** The tenant of {@code asAllTenants}: every one. */
    static final Object ALL = new Object() {
        @Override
        public String toString() {
            return "every tenant";
        }
    };

    private final TenantResolver resolver;
    private final ThreadLocal<Object> override = new ThreadLocal<>();

    /** The tenancy of a database with this resolver (null for none). */
    public Tenancy(TenantResolver resolver) {
        this.resolver = resolver;
    }

    /** Runs work as a given tenant on this thread. */
    public <R> R as(Object tenant, TransactionCallable<R> work) {
        ArgumentException.requireNonNull(tenant, "asTenant", "tenant", "pass the tenant the work serves");
        ArgumentException.requireNonNull(work, "asTenant", "work", "pass the work to run");
        return with(tenant, work);
    }

    /** Runs work across every tenant on this thread, logged with its reason. */
    public <R> R all(String reason, TransactionCallable<R> work) {
        if (reason == null || reason.isBlank()) {
            throw new ArgumentException("asAllTenants needs a reason, which is logged: say why this work must see every"
                    + " tenant's rows, such as \"nightly billing export\"");
        }
        ArgumentException.requireNonNull(work, "asAllTenants", "work", "pass the work to run");
        LOG.warn("Running across every tenant: {} (thread {})", reason, Thread.currentThread().getName());
        return with(ALL, work);
    }

    private <R> R with(Object tenant, TransactionCallable<R> work) {
        Object before = override.get();
        override.set(tenant);
        try {
            return work.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new org.ar4j.Ar4jException(e.toString(), e);
        } finally {
            if (before == null) {
                override.remove();
            } else {
                override.set(before);
            }
        }
    }

    /**
     * The current tenant for an operation on {@code model} ({@link #ALL} inside asAllTenants); a
     * {@link TenantIsolationException} naming the model and the fix when none is resolved.
     */
    public Object current(String model) {
        Object t = override.get();
        if (t == null && resolver != null) {
            t = resolver.currentTenant();
        }
        if (t == null) {
            throw new TenantIsolationException("No tenant is resolved for an operation on " + model + ", whose rows"
                    + " belong to tenants (@TenantId): nothing was read or written. Fix: give the database a"
                    + " TenantResolver (DatabaseBuilder.tenants(...)) that knows this thread's tenant, run the work in"
                    + " db.asTenant(tenant, ...), or, for work that must see every tenant, db.asAllTenants(reason, ...)");
        }
        return t;
    }

    /**
     * Before an insert of a tenant's record: a null tenant field takes the current tenant; a record of another
     * tenant is refused (inside asAllTenants, a record must name its tenant).
     */
    public void assign(ModelInfo model, ActiveRecord<?> record) {
        FieldInfo f = model.tenant().field();
        Object t = current(model.name());
        Object v = f.javaValue(record);
        if (t == ALL) {
            if (v == null) {
                throw new TenantIsolationException("A " + model.name() + " inserted across every tenant (asAllTenants)"
                        + " must name its tenant: set " + f.qualifiedName() + ", or insert in db.asTenant(tenant, ...)");
            }
            return;
        }
        Object tenant = TenantGuard.canonical(model.tableSpec(), t);
        if (v == null) {
            f.setJavaValue(record, tenant);
        } else if (!tenant.equals(TenantGuard.canonical(model.tableSpec(), v))) {
            throw new TenantIsolationException("A " + model.name() + " of tenant " + v + " cannot be inserted while the"
                    + " current tenant is " + tenant + "; nothing was written. Fix: leave " + f.qualifiedName() + " null"
                    + " (it takes the current tenant), or insert in db.asTenant(" + v + ", ...)");
        }
    }

    /**
     * Before a write of a stored record ({@code operation}: save, delete, restore, a relation change): refused when
     * it belongs to another tenant than the current one, or its tenant field was changed. Nothing to check for a model
     * without a tenant or a record never stored.
     */
    public void requireOwn(ModelInfo model, ActiveRecord<?> record, String operation) {
        if (model.tenant() == null) {
            return;
        }
        RecordState st = Records.state(record);
        if (!st.isPersisted()) {
            return;
        }
        FieldInfo f = model.tenant().field();
        Object loaded = st.loaded(f.index());
        if (!f.sameStored(f.storedValue(record), loaded)) {
            throw new TenantIsolationException(operation + " of " + model.name() + " " + model.key().describe(
                    model.key().of(st::loaded)) + ": its tenant changed from " + loaded + " to " + f.javaValue(record)
                    + ", and a stored record's tenant never changes; nothing was written. Put " + loaded + " back, or"
                    + " copy the record under the other tenant");
        }
        Object t = current(model.name());
        if (t != ALL && !TenantGuard.canonical(model.tableSpec(), t).equals(loaded)) {
            throw new TenantIsolationException(operation + " of " + model.name() + " " + model.key().describe(
                    model.key().of(st::loaded)) + " refused: it belongs to tenant " + loaded + ", and the current tenant"
                    + " is " + t + "; nothing was read or written. Work on another tenant's records in db.asTenant(...)");
        }
    }

    /**
     * Whether a relation's cached value (a record, a list of them, or null) holds only records of the current tenant
     * (always, inside asAllTenants, or for a target that is not a tenant's).
     */
    public boolean allCurrent(ModelInfo target, Object value) {
        if (target == null || target.tenant() == null || value == null) {
            return true;
        }
        Object t = current(target.name());
        if (t == ALL) {
            return true;
        }
        Object tenant = TenantGuard.canonical(target.tableSpec(), t);
        FieldInfo f = target.tenant().field();
        if (value instanceof java.util.Collection<?> records) {
            for (Object r : records) {
                if (!tenant.equals(f.storedValue(r))) {
                    return false;
                }
            }
            return true;
        }
        return tenant.equals(f.storedValue(value));
    }
}

package org.ar4j.core.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.ar4j.TenantIsolationException;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.FilterRewriter;
import org.ar4j.query.Predicate;
import org.ar4j.spi.AggregateSelect;
import org.ar4j.spi.DeleteRows;
import org.ar4j.spi.Filter;
import org.ar4j.spi.InsertRows;
import org.ar4j.spi.Lookup;
import org.ar4j.spi.Read;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;
import org.ar4j.spi.UpdateRows;
import org.ar4j.spi.UpsertRows;
import org.ar4j.spi.Write;

/**
 * Confines every command on a tenant's table ({@link TableSpec#tenantColumn()}) to the current tenant, at the one
 * place all commands pass: reads, counts, aggregates and bulk writes get "tenant column = current" on the table
 * and on every subquery table and lookup of a tenant's table; inserts and upserts must carry the current tenant in
 * every row (an upsert's conflict key must include it); an update cannot move rows to another tenant. Commands on
 * shared tables pass unchanged, after a walk that allocates nothing.
 */
final class TenantGuard {
    private final Tenancy tenancy;

    TenantGuard(Tenancy tenancy) {
        this.tenancy = tenancy;
    }

    /** The read, confined. */
    @SuppressWarnings("unchecked")
    <R> Read<R> scope(Read<R> read) {
        if (read instanceof Select s) {
            return (Read<R>) select(s);
        }
        if (read instanceof Read.Stream st) {
            Select s = select(st.select());
            return s == st.select() ? read : (Read<R>) new Read.Stream(s);
        }
        if (read instanceof Read.Count c) {
            Select s = select(c.select());
            return s == c.select() ? read : (Read<R>) new Read.Count(s);
        }
        if (read instanceof Read.Aggregation a) {
            AggregateSelect s = a.select();
            Filter where = confined(s.table(), s.where());
            return where == s.where() ? read : (Read<R>) new Read.Aggregation(s.withWhere(where));
        }
        return read;   // native SQL: its rows are checked when they become records
    }

    /** The write, confined or refused. */
    @SuppressWarnings("unchecked")
    <R> Write<R> scope(Write<R> write) {
        if (write instanceof InsertRows insert) {
            rows(insert.table(), insert.columns(), insert.rows(), "insert");
            return write;
        }
        if (write instanceof UpsertRows upsert) {
            String col = upsert.table().tenantColumn();
            if (col != null && !upsert.conflict().contains(col)) {
                throw new TenantIsolationException("upsertAll of " + upsert.table().model() + " finds stored rows by "
                        + upsert.conflict() + ", which does not include its tenant column " + col + ": a row of another"
                        + " tenant with the same key would be written over. Fix: name the @TenantId field among the"
                        + " conflict fields, with a unique index over both");
            }
            rows(upsert.table(), upsert.columns(), upsert.rows(), "upsert");
            return write;
        }
        if (write instanceof UpdateRows update) {
            String col = update.table().tenantColumn();
            if (col != null && update.values().containsKey(col)) {
                Object tenant = tenant(update.table());
                if (tenant != Tenancy.ALL && !Objects.equals(update.values().get(col), tenant)) {
                    throw moved(update.table(), update.values().get(col), tenant);
                }
            }
            Filter where = confined(update.table(), update.where());
            return where == update.where() ? write
                    : (Write<R>) new UpdateRows(update.table(), update.values(), where, update.increments());
        }
        DeleteRows delete = (DeleteRows) write;
        Filter where = confined(delete.table(), delete.where());
        return where == delete.where() ? write : (Write<R>) new DeleteRows(delete.table(), where);
    }

    private Select select(Select s) {
        Filter where = confined(s.table(), s.where());
        List<Lookup> lookups = s.lookups();
        List<Lookup> scoped = null;
        for (int i = 0; i < lookups.size(); i++) {
            Lookup l = lookups.get(i);
            Filter own = l.target().tenantColumn() == null ? l.where() : Conditions.and(l.where(), equal(l.target()));
            if (own != l.where()) {
                scoped = scoped != null ? scoped : new ArrayList<>(lookups);
                scoped.set(i, new Lookup(l.foreignKey(), l.target(), l.key(), own, l.columns()));
            }
        }
        Select out = where == s.where() ? s : s.withWhere(where);
        return scoped == null ? out : out.withLookups(scoped);
    }

    /** A command's condition on {@code table}, its subqueries on tenants' tables confined, and itself when needed. */
    private Filter confined(TableSpec table, Filter where) {
        Filter inner = where != null && reachesTenantTable(where) ? where.accept(new Subqueries()) : where;
        return table.tenantColumn() == null ? inner : Conditions.and(inner, equal(table));
    }

    /** "tenant column = current tenant" on a tenant's table; null inside asAllTenants. */
    private Filter equal(TableSpec table) {
        Object tenant = tenant(table);
        return tenant == Tenancy.ALL ? null : new Filter.Compare(table.tenantColumn(), Predicate.Operator.EQ, tenant);
    }

    /** The current tenant as the tenant column stores it, or {@link Tenancy#ALL}. */
    private Object tenant(TableSpec table) {
        Object t = tenancy.current(table.model());
        return t == Tenancy.ALL ? t : canonical(table, t);
    }

    private void rows(TableSpec table, List<String> columns, List<Object[]> rows, String op) {
        String col = table.tenantColumn();
        if (col == null) {
            return;
        }
        int at = columns.indexOf(col);
        Object tenant = tenant(table);
        for (Object[] row : rows) {
            Object v = at < 0 ? null : row[at];
            if (v == null || tenant != Tenancy.ALL && !v.equals(tenant)) {
                throw new TenantIsolationException("An " + op + " of " + table.model() + " would write a row of tenant "
                        + v + " while the current tenant is " + tenant + "; nothing was written. Fix: leave the"
                        + " @TenantId field null (it takes the current tenant), or write in db.asTenant(" + v + ", ...)");
            }
        }
    }

    private static TenantIsolationException moved(TableSpec table, Object to, Object tenant) {
        return new TenantIsolationException("An update of " + table.model() + " would move rows to tenant " + to
                + " from the current tenant " + tenant + "; nothing was written. A row's tenant does not change: copy"
                + " the rows under the other tenant instead");
    }

    /** The tenant value as the column's canonical type: a String, Long, Integer or UUID. */
    static Object canonical(TableSpec table, Object tenant) {
        try {
            return switch (table.typeOf(table.tenantColumn())) {
                case LONG -> tenant instanceof Number n ? (Object) n.longValue() : Long.valueOf(tenant.toString());
                case INTEGER -> tenant instanceof Number n ? (Object) n.intValue() : Integer.valueOf(tenant.toString());
                case UUID -> tenant instanceof UUID u ? u : UUID.fromString(tenant.toString());
                default -> tenant.toString();
            };
        } catch (IllegalArgumentException e) {
            throw new TenantIsolationException("The current tenant " + tenant + " is not a value of " + table.model()
                    + "'s tenant column " + table.tenantColumn() + " (" + table.typeOf(table.tenantColumn()) + "); make"
                    + " the TenantResolver return the @TenantId field's type");
        }
    }

    /** Whether a condition holds a subquery over a tenant's table, at any depth; allocates nothing. */
    private static boolean reachesTenantTable(Filter f) {
        if (f instanceof Filter.Exists e) {
            return e.table().tenantColumn() != null || e.where() != null && reachesTenantTable(e.where());
        }
        if (f instanceof Filter.And a) {
            return anyReaches(a.parts());
        }
        if (f instanceof Filter.Or o) {
            return anyReaches(o.parts());
        }
        return f instanceof Filter.Not n && reachesTenantTable(n.part());
    }

    private static boolean anyReaches(List<Filter> parts) {
        for (Filter p : parts) {
            if (reachesTenantTable(p)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the tenant condition inside each subquery over a tenant's table. */
    private final class Subqueries extends FilterRewriter {
        @Override
        public Filter exists(Filter.Exists p) {
            Filter inner = p.where() == null ? null : p.where().accept(this);
            if (p.table().tenantColumn() != null) {
                inner = Conditions.and(inner, equal(p.table()));
            }
            return new Filter.Exists(p.table(), p.column(), p.outerColumn(), inner, p.negated());
        }
    }
}

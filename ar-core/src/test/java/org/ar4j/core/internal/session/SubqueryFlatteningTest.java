package org.ar4j.core.internal.session;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ar4j.Capability;
import org.ar4j.core.internal.meta.ModelSet;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendTransaction;
import org.ar4j.spi.ColumnSpec;
import org.ar4j.spi.ColumnType;
import org.ar4j.spi.Filter;
import org.ar4j.spi.Locking;
import org.ar4j.spi.Lookup;
import org.ar4j.spi.Read;
import org.ar4j.spi.RowCursor;
import org.ar4j.spi.Select;
import org.ar4j.spi.TableSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read whose condition holds a subquery, on a backend without SUBQUERIES: the rewritten read keeps everything but
 * the condition (it dropped its row locks and lookups once, rebuilding the select by a shorter constructor).
 */
class SubqueryFlatteningTest {
    private static final TableSpec POSTS = new TableSpec("posts", List.of(
            new ColumnSpec("id", ColumnType.LONG, false, true, true, false),
            new ColumnSpec("author_id", ColumnType.LONG, true, false, false, false)), List.of());
    private static final TableSpec USERS = new TableSpec("users", List.of(
            new ColumnSpec("id", ColumnType.LONG, false, true, true, false),
            new ColumnSpec("name", ColumnType.STRING, true, false, false, false)), List.of());

    @Test
    void aFlattenedReadKeepsItsLocksAndLookups() {
        List<Select> seen = new ArrayList<>();
        Backend backend = recording(seen);
        Transactions tx = new Transactions(null, backend, null, new OpenTransactions() {
            @Override
            public void opened(Session db) {
            }

            @Override
            public void ended(Session db) {
            }
        });
        Backend flattening = SubqueryFlattening.over(new GuardedBackend(backend, tx, new ModelSet(List.of(), org.ar4j.core.internal.meta.ModelRegistry.shared()),
                new Tenancy(null)));
        Filter hasUser = new Filter.Exists(USERS, "id", "author_id", null, false);
        Locking locking = new Locking(false, Locking.Wait.WAIT);
        List<Lookup> lookups = List.of(new Lookup("author_id", USERS, "id", null, List.of("name")));
        Select read = new Select(POSTS, List.of("id"), hasUser, List.of(), new Select.Window(5, null, null),
                locking, lookups);
        tx.run(() -> {
            flattening.read(Read.find(read)).close();   // a locking read runs only inside a transaction
            return null;
        });
        Select sent = seen.get(seen.size() - 1);
        assertThat(sent.table()).isEqualTo(POSTS);
        assertThat(sent.where()).isNotEqualTo(hasUser).isInstanceOf(Filter.And.class);
        assertThat(sent.locking()).isEqualTo(locking);
        assertThat(sent.lookups()).isEqualTo(lookups);
        assertThat(sent.limit()).isEqualTo(5);
    }

    /** A backend without SUBQUERIES whose reads return no rows and are recorded. */
    private static Backend recording(List<Select> seen) {
        RowCursor empty = (RowCursor) Proxy.newProxyInstance(RowCursor.class.getClassLoader(),
                new Class<?>[] {RowCursor.class}, (p, m, args) -> m.getName().equals("next") ? Boolean.FALSE : null);
        InvocationHandler h = (proxy, m, args) -> switch (m.getName()) {
            case "name" -> "recording";
            case "capabilities" -> EnumSet.of(Capability.TRANSACTIONS);
            case "begin" -> Proxy.newProxyInstance(BackendTransaction.class.getClassLoader(),
                    new Class<?>[] {BackendTransaction.class}, (p, tm, targs) -> null);
            case "read" -> {
                if (args[0] instanceof Select find) {
                    seen.add(find);
                }
                yield empty;
            }
            default -> m.isDefault() ? InvocationHandler.invokeDefault(proxy, m, args) : null;
        };
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class}, h);
    }
}

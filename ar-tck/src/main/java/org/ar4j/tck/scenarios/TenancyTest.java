package org.ar4j.tck.scenarios;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ar4j.ArgumentException;
import org.ar4j.Capability;
import org.ar4j.LoadMode;
import org.ar4j.RecordNotFoundException;
import org.ar4j.TenantIsolationException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.GroupRow;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Catalog;
import org.ar4j.tck.fixtures.Item;
import org.ar4j.tck.fixtures.Item_;
import org.ar4j.tck.fixtures.Shop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tenant isolation as a security boundary: tenant B tries every public operation on tenant A's rows (reads,
 * relation loads, has, aggregates, projections, bulk and record writes, links, native SQL) and reads none of them
 * and changes none of them, checked through a second database across every tenant. Tenant A also owns an item that
 * points at B's shop, which B must not see either.
 */
@Tag("tenancy")
class TenancyTest extends TckScenario {
    private Shop a1;
    private Shop b1;
    private Item intruder;

    /** Every row of every tenant, as text, through the second database: what "unchanged" is checked against. */
    private List<String> everyRow() {
        return observer().asAllTenants("TCK: compare every tenant's rows", () -> Stream.concat(
                observer().query(Shop.class).orderBy(Order.asc("id")).all().stream()
                        .map(s -> "shop " + s.id + " " + s.tenant + " " + s.name),
                observer().query(Item.class).orderBy(Order.asc("id")).all().stream()
                        .map(i -> "item " + i.id + " " + i.tenant + " " + i.shopId + " " + i.sku + " " + i.qty)).toList());
    }

    private List<String> rowsOf(String tenant) {
        return everyRow().stream().filter(r -> r.split(" ")[2].equals(tenant)).toList();
    }

    @BeforeEach
    void seed() {
        db.asAllTenants("TCK: empty the tenancy fixtures", () -> {
            db.query(Item.class).forceDeleteAll();
            return db.query(Shop.class).forceDeleteAll();
        });
        db.query(Catalog.class).deleteAll();
        a1 = db.asTenant("A", () -> {
            Shop s = new Shop("a-one").save();
            new Shop("a-two").save();
            for (int i = 0; i < 4; i++) {
                new Item(s, "a-" + i, 10 + i).save();
            }
            return s;
        });
        b1 = db.asTenant("B", () -> {
            Shop s = new Shop("b-one").save();
            for (int i = 0; i < 3; i++) {
                new Item(s, "b-" + i, 20 + i).save();
            }
            return s;
        });
        intruder = db.asAllTenants("TCK: an A item that points at B's shop", () -> {
            Item i = new Item(b1, "a-intruder", 1);
            i.tenant = "A";
            return i.save();
        });
        tenants.set("B");
    }

    @Test
    @DisplayName("every read as B returns B's rows only; unscoped() cannot lift the tenant")
    void readsAreConfined() {
        assertThat(db.query(Item.class).pluck("sku", String.class)).containsExactlyInAnyOrder("b-0", "b-1", "b-2");
        assertThat(db.query(Item.class).count()).isEqualTo(3);
        assertThat(db.query(Item.class).unscoped().count()).isEqualTo(3);
        assertThat(db.query(Item.class).sum("qty", Long.class)).isEqualTo(63L);
        assertThat(db.query(Item.class).max("qty", Integer.class)).contains(22);
        assertThat(db.query(Item.class).where(Where.like("sku", "a-%")).exists()).isFalse();
        assertThat(db.query(Item.class).orderBy(Order.asc("id")).page(1, 2, true).total().getAsLong()).isEqualTo(3);
        try (Stream<Item> s = db.query(Item.class).stream()) {
            assertThat(s.map(i -> i.tenant).distinct().toList()).containsExactly("B");
        }
        List<GroupRow> groups = db.query(Item.class).groupBy("shopId").count().rows();
        assertThat(groups).hasSize(1);
        assertThat(db.query(Item.class).select(Item_.sku).tuples()).hasSize(3);
        assertThat(db.query(Shop.class).all()).extracting(s -> s.name).containsExactly("b-one");
        assertThat(db.find(Shop.class, a1.id)).isEmpty();
        assertThatThrownBy(() -> db.bind(() -> org.ar4j.ActiveRecord.findOrFail(Shop.class, a1.id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(db.query(Item.class).whereId(intruder.id).exists()).isFalse();
    }

    @Test
    @DisplayName("relations as B: lazy, eager, PEERS, has, withCount and relation queries never reach A's rows")
    void relationsAreConfined() {
        Shop mine = db.find(Shop.class, b1.id).orElseThrow();
        assertThat(mine.items()).extracting(i -> i.sku).containsExactlyInAnyOrder("b-0", "b-1", "b-2");
        assertThat(Shop.ITEMS.query(mine).count()).isEqualTo(3);
        List<Shop> eager = db.query(Shop.class).with("items").all();
        assertThat(eager.get(0).items()).hasSize(3);
        List<Shop> peers = db.query(Shop.class).loadMode(LoadMode.PEERS).all();
        assertThat(peers.get(0).items()).hasSize(3);
        List<Shop> counted = db.query(Shop.class).withCount("items").all();
        assertThat(Shop.ITEMS.count(counted.get(0))).isEqualTo(3);
        assertThat(db.query(Shop.class).where(Where.has("items", Where.eq("sku", "a-intruder"))).count()).isZero();
        assertThat(db.query(Item.class).with("shop").all()).allMatch(i -> i.shop().id.equals(b1.id));
    }

    @Test
    @DisplayName("a relation cached under B is not served under A: reading it as A is refused")
    void cachedRelationsStayWithTheirTenant() {
        Shop mine = db.find(Shop.class, b1.id).orElseThrow();
        assertThat(mine.items()).hasSize(3);
        tenants.set("A");
        int statements = queries.during(() -> assertThatThrownBy(mine::items)
                .isInstanceOf(TenantIsolationException.class).hasMessageContaining("tenant B"));
        assertThat(statements).isZero();
        Item theirs = db.query(Item.class).where("sku", "a-intruder").one();
        tenants.set("B");
        assertThatThrownBy(theirs::shop).as("A's item cannot load B's shop under B either")
                .isInstanceOf(TenantIsolationException.class);
    }

    @Test
    @DisplayName("a shared record's relation to tenants' rows is never served to another tenant from its cache")
    void sharedOwnersCacheNothingAcrossTenants() {
        Catalog shared = new Catalog("shared").save();
        for (String t : List.of("A", "B")) {
            db.asTenant(t, () -> db.query(Item.class).updateAll(Map.of("catalogId", shared.id)));
        }
        assertThat(shared.items()).extracting(i -> i.tenant).containsOnly("B").hasSize(3);
        tenants.set("A");
        assertThat(shared.items()).as("loaded again under A, not served from B's cache")
                .extracting(i -> i.tenant).containsOnly("A").hasSize(5);
        assertThat(db.query(Catalog.class).with("items").one().items()).extracting(i -> i.tenant).containsOnly("A");
    }

    @Test
    @DisplayName("bulk writes as B change B's rows only")
    void bulkWritesAreConfined() {
        List<String> a = rowsOf("A");
        assertThat(db.query(Item.class).updateAll(Map.of("qty", 99))).isEqualTo(3);
        assertThat(rowsOf("A")).isEqualTo(a);
        assertThat(db.query(Item.class).where(Where.eq("shopId", b1.id)).deleteAll()).isEqualTo(3);
        assertThat(rowsOf("A")).isEqualTo(a);
        assertThat(rowsOf("B")).containsExactly("shop " + b1.id + " B b-one");
    }

    @Test
    @DisplayName("a record of A cannot be saved, deleted, restored, reloaded or linked as B; nothing changes")
    void recordWritesAcrossTenantsAreRefused() {
        List<String> before = everyRow();
        Item theirs = db.asTenant("A", () -> db.query(Item.class).where("sku", "a-0").one());
        theirs.qty = 1;
        assertThatThrownBy(theirs::save).isInstanceOf(TenantIsolationException.class).hasMessageContaining("Item")
                .hasMessageContaining("tenant A");
        assertThatThrownBy(theirs::delete).isInstanceOf(TenantIsolationException.class);
        assertThatThrownBy(theirs::forceDelete).isInstanceOf(TenantIsolationException.class);
        assertThatThrownBy(theirs::reload).isInstanceOf(RecordNotFoundException.class);
        Shop mine = db.find(Shop.class, b1.id).orElseThrow();
        assertThatThrownBy(() -> Shop.ITEMS.add(mine, theirs)).isInstanceOf(TenantIsolationException.class);
        assertThatThrownBy(() -> Item.SHOP.set(theirs, mine)).isInstanceOf(TenantIsolationException.class);
        Item own = db.query(Item.class).where("sku", "b-0").one();
        own.tenant = "A";
        assertThatThrownBy(own::save).isInstanceOf(TenantIsolationException.class).hasMessageContaining("never changes");
        Item planted = new Item(mine, "planted", 1);
        planted.tenant = "A";
        assertThatThrownBy(planted::save).isInstanceOf(TenantIsolationException.class);
        assertThat(planted.isNewRecord()).isTrue();
        assertThatThrownBy(() -> db.insertAll(List.of(new Item(mine, "ok", 1), planted)))
                .isInstanceOf(TenantIsolationException.class);
        Item forged = new Item(mine, "forged", 5);
        forged.id = theirs.id;   // an upsert by id would write over A's row
        assertThatThrownBy(() -> db.upsertAll(List.of(forged), "id")).isInstanceOf(TenantIsolationException.class)
                .hasMessageContaining("tenant column");
        assertThatThrownBy(() -> db.query(Item.class).updateAll(Map.of("tenant", "A")))
                .isInstanceOf(TenantIsolationException.class);
        assertThat(everyRow()).isEqualTo(before);
    }

    @Test
    @DisplayName("with no tenant resolved every operation is refused before any statement")
    void noTenantIsRefused() {
        Item mine = db.query(Item.class).where("sku", "b-0").one();
        tenants.set(null);
        List<String> before = everyRow();
        int statements = queries.during(() -> {
            assertThatThrownBy(() -> db.query(Item.class).all()).isInstanceOf(TenantIsolationException.class)
                    .hasMessageContaining("Item").hasMessageContaining("asTenant");
            assertThatThrownBy(() -> db.query(Item.class).count()).isInstanceOf(TenantIsolationException.class);
            assertThatThrownBy(() -> db.find(Shop.class, b1.id)).isInstanceOf(TenantIsolationException.class);
            assertThatThrownBy(() -> new Shop("x").save()).isInstanceOf(TenantIsolationException.class);
            assertThatThrownBy(() -> db.insertAll(List.of(new Shop("y")))).isInstanceOf(TenantIsolationException.class);
            mine.qty = 3;
            assertThatThrownBy(mine::save).isInstanceOf(TenantIsolationException.class);
            assertThatThrownBy(mine::delete).isInstanceOf(TenantIsolationException.class);
            assertThatThrownBy(() -> db.query(Item.class).updateAll(Map.of("qty", 1)))
                    .isInstanceOf(TenantIsolationException.class);
            assertThatThrownBy(() -> db.query(Item.class).deleteAll()).isInstanceOf(TenantIsolationException.class);
        });
        assertThat(statements).isZero();
        assertThat(everyRow()).isEqualTo(before);
    }

    @Test
    @DisplayName("inserts take the current tenant; asTenant switches and restores it; asAllTenants sees all and needs a reason")
    void switchingTenants() {
        Shop made = new Shop("b-two").save();
        assertThat(made.tenant).isEqualTo("B");
        assertThat(db.asTenant("A", () -> db.query(Shop.class).count())).isEqualTo(2);
        assertThat(db.asTenant("A", () -> db.asTenant("B", () -> db.query(Shop.class).count()))).isEqualTo(2);
        assertThat(db.query(Shop.class).pluck("tenant", String.class)).containsOnly("B");
        assertThat(db.asAllTenants("TCK: count every shop", () -> db.query(Shop.class).count())).isEqualTo(4);
        assertThatThrownBy(() -> db.asAllTenants(" ", () -> 1)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> db.asAllTenants("TCK: an insert must name its tenant", () -> new Shop("z").save()))
                .isInstanceOf(TenantIsolationException.class);
    }

    @TestFactory
    Stream<DynamicTest> nativeSqlIsChecked() {
        return CapabilityGate.scenario(db, Capability.RAW_SQL,
                "native SQL mapped to a tenant's model returns only the current tenant's rows, or is refused", () -> {
                    List<String> before = everyRow();
                    assertThatThrownBy(() -> db.sql(Item.class, "SELECT * FROM tck_items"))
                            .isInstanceOf(TenantIsolationException.class).hasMessageContaining("tenant A");
                    assertThat(db.sql(Item.class, "SELECT * FROM tck_items WHERE tenant = ?", "B")).hasSize(3);
                    assertThat(everyRow()).isEqualTo(before);
                },
                () -> assertThatThrownBy(() -> db.sql(Item.class, "SELECT 1"))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }
}

package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Parcel;
import org.ar4j.tck.fixtures.RawParcel;
import org.ar4j.tck.fixtures.Shipment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A relation load that fails half way (a child row its model cannot read): the error names the field and the
 * value, no owner keeps a partial list, nothing is written, and once the row is fixed a retry loads every owner's
 * children completely. Seeded random data checked against an in-memory model.
 */
@Tag("failures")
class LoadFailureTest extends TckScenario {

    @Test
    @DisplayName("a relation load failing half way caches nothing on any owner, writes nothing, and loads fully on retry")
    void failingHalfWay() {
        for (long seed = 1; seed <= 3; seed++) {
            run(new Random(seed), seed);
            db.query(Parcel.class).deleteAll();
            db.query(Shipment.class).deleteAll();
        }
    }

    private void run(Random random, long seed) {
        // the model: each shipment's parcel ids and sizes, in id order
        Map<Long, Map<Long, String>> model = new LinkedHashMap<>();
        List<Shipment> shipments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            shipments.add(new Shipment("s" + i));
        }
        db.insertAll(shipments);
        List<Parcel> parcels = new ArrayList<>();
        for (Shipment s : shipments) {
            model.put(s.id, new LinkedHashMap<>());
            int n = 1 + random.nextInt(4);
            for (int j = 0; j < n; j++) {
                parcels.add(new Parcel(s, Parcel.Size.values()[random.nextInt(2)]));
            }
        }
        db.insertAll(parcels);
        parcels.forEach(p -> model.get(p.shipmentId).put(p.id, p.size.name()));

        // another writer stores a size this model does not know, in a random parcel (not the first row read)
        Parcel bad = parcels.get(1 + random.nextInt(parcels.size() - 1));
        RawParcel raw = db.find(RawParcel.class, bad.id).orElseThrow();
        raw.size = "HUGE";
        raw.save();
        model.get(bad.shipmentId).put(bad.id, "HUGE");

        assertThatThrownBy(() -> db.query(Shipment.class).with("parcels").all()).as("seed %d", seed)
                .isInstanceOf(QueryException.class).hasMessageContaining("Parcel.size").hasMessageContaining("HUGE");

        List<Shipment> owners = db.query(Shipment.class).orderBy("id").all();
        Shipment first = owners.get(random.nextInt(owners.size()));
        for (int attempt = 0; attempt < 2; attempt++) {
            // nothing was cached by the failed load: each attempt queries again, and fails again
            assertThat(queries.during(() -> assertThatThrownBy(first::parcels).isInstanceOf(QueryException.class)))
                    .as("seed %d attempt %d", seed, attempt).isEqualTo(1);
        }
        assertThat(storedRows()).as("seed %d: a failed read writes nothing", seed).isEqualTo(model);

        raw.size = "LARGE";
        raw.save();
        model.get(bad.shipmentId).put(bad.id, "LARGE");

        // one peer load fills every owner, each completely (no owner kept a partial list), linked to its owner
        assertThat(queries.during(first::parcels)).as("seed %d", seed).isEqualTo(1);
        int read = queries.during(() -> {
            for (Shipment s : owners) {
                Map<Long, String> loaded = new LinkedHashMap<>();
                for (Parcel p : s.parcels()) {
                    loaded.put(p.id, p.size.name());
                    assertThat(p.shipment()).isSameAs(s);
                }
                assertThat(loaded).as("seed %d shipment %d", seed, s.id).isEqualTo(model.get(s.id));
            }
        });
        assertThat(read).as("seed %d: all from the one load", seed).isZero();
        assertThat(storedRows()).isEqualTo(model);
    }

    @Test
    @DisplayName("an eager load failing on more threads than the pool has connections gives one back each time: "
            + "a read and a write after it run, and the write is seen from a second connection")
    void failedEagerLoadsGiveBack() throws InterruptedException {
        brokenShipment();
        failEagerLoads();
        assertThat(db.query(Shipment.class).count()).isEqualTo(1);
        new Shipment("after").save();
        assertThat(storedLabels()).containsExactly("broken", "after");
    }

    @TestFactory
    Stream<DynamicTest> transactionsAfterFailedEagerLoads() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS, "after failed eager loads a transaction on the "
                + "same thread is its own: its rollback undoes its write, its commit is seen from a second connection",
                () -> {
                    brokenShipment();
                    failEagerLoads();
                    assertThatThrownBy(() -> db.transaction(() -> {
                        new Shipment("rolled back").save();
                        throw new IllegalStateException("undo");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(storedLabels()).containsExactly("broken");
                    db.transaction(() -> new Shipment("committed").save());
                    assertThat(storedLabels()).containsExactly("broken", "committed");
                }, () -> {
                    brokenShipment();
                    assertThatThrownBy(() -> db.transaction(() -> new Shipment("refused").save()))
                            .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("TRANSACTIONS");
                    assertThat(storedLabels()).containsExactly("broken");
                });
    }

    @TestFactory
    Stream<DynamicTest> eagerReadsInsideTransaction() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS, "inside a transaction a query's eager loads and "
                + "per-owner counts read the transaction's own uncommitted rows; its rollback leaves none for a second "
                + "connection, its commit all of them", () -> {
                    assertThatThrownBy(() -> db.transaction(() -> {
                        shipmentWithParcels("rolled back");
                        assertLoadedInside("rolled back");
                        throw new IllegalStateException("undo");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(storedLabels()).isEmpty();
                    assertThat(observer().query(RawParcel.class).count()).isZero();
                    db.transaction(() -> {
                        shipmentWithParcels("committed");
                        assertLoadedInside("committed");
                    });
                    assertThat(storedLabels()).containsExactly("committed");
                    assertThat(observer().query(RawParcel.class).count()).isEqualTo(2);
                }, () -> {
                    assertThatThrownBy(() -> db.transaction(() -> shipmentWithParcels("refused")))
                            .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("TRANSACTIONS");
                    assertThat(storedLabels()).isEmpty();
                });
    }

    /** A shipment with a small and a large parcel, in that order. */
    private List<Parcel> shipmentWithParcels(String label) {
        Shipment s = new Shipment(label);
        s.save();
        List<Parcel> parcels = List.of(new Parcel(s, Parcel.Size.SMALL), new Parcel(s, Parcel.Size.LARGE));
        db.insertAll(parcels);
        return parcels;
    }

    /** The eager load and the count, read inside the open transaction, see its two parcels. */
    private void assertLoadedInside(String label) {
        List<Shipment> loaded = db.query(Shipment.class).with("parcels").withCount("parcels").all();
        assertThat(loaded).extracting(s -> s.label).containsExactly(label);
        assertThat(loaded.get(0).parcels()).extracting(p -> p.size)
                .containsExactlyInAnyOrder(Parcel.Size.SMALL, Parcel.Size.LARGE);
        assertThat(Shipment.PARCELS.count(loaded.get(0))).isEqualTo(2);
    }

    /** More failed loads than any backend's default pool has connections. */
    private static final int FAILURES = 40;

    /**
     * Fails an eager load of the broken shipment on this thread and on {@link #FAILURES} others, one after another:
     * a connection one of them kept would be kept for good, and the pool would run dry before the last.
     */
    private void failEagerLoads() throws InterruptedException {
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i <= FAILURES; i++) {
            Runnable load = () -> failures.add(catchThrowable(() -> db.query(Shipment.class).with("parcels").all()));
            if (i == 0) {
                load.run();
            } else {
                Thread t = new Thread(load, "tck-eager-load-" + i);
                t.start();
                t.join();
            }
            assertThat(failures.get(i)).as("failed load %d", i).isInstanceOf(QueryException.class)
                    .hasMessageContaining("Parcel.size");
        }
    }

    /** One shipment, labelled "broken", whose second parcel holds a size its model cannot read. */
    private void brokenShipment() {
        List<Parcel> parcels = shipmentWithParcels("broken");
        RawParcel raw = db.find(RawParcel.class, parcels.get(1).id).orElseThrow();
        raw.size = "HUGE";
        raw.save();
    }

    /** The shipments' labels in id order, read through a second database. */
    private List<String> storedLabels() {
        return observer().query(Shipment.class).orderBy("id").all().stream().map(s -> s.label).toList();
    }

    /** The stored parcels, read through a second database as plain text. */
    private Map<Long, Map<Long, String>> storedRows() {
        Map<Long, Map<Long, String>> out = new LinkedHashMap<>();
        observer().query(Shipment.class).orderBy("id").all().forEach(s -> out.put(s.id, new LinkedHashMap<>()));
        for (RawParcel p : observer().query(RawParcel.class).orderBy("id").all()) {
            out.get(p.shipmentId).put(p.id, p.size);
        }
        return out;
    }
}

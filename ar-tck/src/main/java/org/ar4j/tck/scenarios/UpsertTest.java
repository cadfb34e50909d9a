package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.ar4j.Ar4jException;
import org.ar4j.ConstraintViolationException;
import org.ar4j.QueryException;
import org.ar4j.StaleRecordException;
import org.ar4j.ValidationException;
import org.ar4j.Capability;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Stock;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * upsertAll: insert or write over by a unique key, on seeded random batches compared with an in-memory table; ids,
 * versions and record state afterwards; hooks and validation as for save; failures that leave the data and the
 * records as they were; exact statement counts.
 */
@Tag("writes")
class UpsertTest extends TckScenario {
    private static final long SEED = 20261202L;

    /** What a stored stock line should hold. */
    private record Line(long id, int quantity, BigDecimal price, String note, long version) {
    }

    private Map<String, Line> stored() {
        Map<String, Line> out = new TreeMap<>();
        observer().query(Stock.class).all().forEach(s -> out.put(s.sku, new Line(s.id, s.quantity,
                s.price == null ? null : s.price.stripTrailingZeros(), s.note, s.version)));
        return out;
    }

    private long statementsOn(String model) {
        return queries.events().stream().filter(e -> model.equals(e.model())).count();
    }

    private static Stock stock(Random rnd, String sku) {
        Stock s = new Stock(sku, rnd.nextInt(500));
        s.price = rnd.nextInt(4) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(1_000_000), 2);
        s.note = rnd.nextInt(3) == 0 ? null : "n" + rnd.nextInt(1000);
        return s;
    }

    @Test
    @DisplayName("on 8 seeded random batches mixing new and stored SKUs, the table equals the in-memory one; stored"
            + " lines keep their id, versions count the writes, every record is saved; 3 statements per batch")
    void randomBatches() {
        Random rnd = new Random(SEED);
        Map<String, Line> expected = new TreeMap<>();
        for (int round = 0; round < 8; round++) {
            List<Stock> batch = new ArrayList<>();
            List<String> skus = new ArrayList<>();
            int size = 1 + rnd.nextInt(60);
            while (skus.size() < size) {
                String sku = "SKU-" + rnd.nextInt(120);
                if (!skus.contains(sku)) {
                    skus.add(sku);
                    batch.add(stock(rnd, sku));
                }
            }
            queries.reset();
            db.upsertAll(batch, "sku");
            assertThat(statementsOn("Stock")).as("read of existing keys (create/update hooks), upsert, read-back")
                    .isEqualTo(3);
            assertThat(queries.count()).as("at most one more: the id counter of a backend without generated keys")
                    .isLessThanOrEqualTo(4);
            for (Stock s : batch) {
                Line before = expected.get(s.sku);
                assertThat(s.isNewRecord()).isFalse();
                assertThat(s.changedFields()).isEmpty();
                if (before != null) {
                    assertThat(s.id).as("a stored line keeps its id").isEqualTo(before.id());
                    assertThat(s.version).isEqualTo(before.version() + 1);
                    assertThat(s.calls).containsExactly("beforeSave", "beforeUpdate", "afterUpdate", "afterSave");
                } else {
                    assertThat(s.id).isNotNull();
                    assertThat(s.version).isEqualTo(1L);
                    assertThat(s.calls).containsExactly("beforeSave", "beforeCreate", "afterCreate", "afterSave");
                }
                expected.put(s.sku, new Line(s.id, s.quantity, s.price == null ? null : s.price.stripTrailingZeros(),
                        s.note, s.version));
            }
            assertThat(stored()).as("seed " + SEED + ", round " + round).isEqualTo(expected);
        }
        System.out.println("[ar4j-tck] " + db.backendName() + ": 8 random upsert batches agreed with the in-memory"
                + " table (" + expected.size() + " lines, seed " + SEED + ")");
    }

    @Test
    @DisplayName("a model without create or update hooks upserts in 2 statements: the upsert and the read-back")
    void twoStatementsWithoutHooks() {
        new User("kept").save();
        Long keptId = User.query().where(org.ar4j.query.Where.eq("username", "kept")).first().orElseThrow().id;
        List<User> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            User u = new User(i == 0 ? "kept" : "u" + i);
            u.email = "new" + i + "@example.com";
            batch.add(u);
        }
        queries.reset();
        db.upsertAll(batch, "username");
        assertThat(statementsOn("User")).isEqualTo(2);
        assertThat(queries.count()).isLessThanOrEqualTo(3);
        assertThat(batch.get(0).id).isEqualTo(keptId);
        assertThat(observer().query(User.class).count()).isEqualTo(50);
        assertThat(observer().find(User.class, keptId).orElseThrow().email).isEqualTo("new0@example.com");
    }

    @Test
    @DisplayName("a written-over line's version moves on, so a copy loaded before fails to save (stale)")
    void upsertMovesTheVersion() {
        Stock first = new Stock("A", 1);
        first.save();
        Stock loaded = db.find(Stock.class, first.id).orElseThrow();
        Stock fresh = new Stock("A", 7);
        db.upsertAll(List.of(fresh), "sku");
        assertThat(fresh.id).isEqualTo(first.id);
        assertThat(fresh.version).isEqualTo(2L);
        loaded.quantity = 99;
        assertThatThrownBy(loaded::save).isInstanceOf(StaleRecordException.class);
        assertThat(observer().find(Stock.class, first.id).orElseThrow().quantity).isEqualTo(7);
    }

    @Test
    @DisplayName("by id: given ids are inserted or written over, and later generated ids do not collide with them")
    void byId() {
        Stock existing = new Stock("E", 1);
        existing.save();
        Stock over = new Stock("E2", 5);
        over.id = existing.id;
        Stock given = new Stock("G", 3);
        given.id = existing.id + 1000;
        db.upsertAll(List.of(over, given), "id");
        assertThat(stored().keySet()).containsExactly("E2", "G");
        Stock later = new Stock("L", 0);
        later.save();
        assertThat(later.id).isGreaterThan(given.id);
    }

    @Test
    @DisplayName("invalid records, missing or repeated keys, a key that is not unique and saved records fail before"
            + " any statement, naming the fix; data and records unchanged")
    void badInput() {
        new Stock("S", 1).save();
        Map<String, Line> before = stored();
        Stock invalid = new Stock("S", -1);
        Stock ok = new Stock("T", 1);
        queries.reset();
        assertThatThrownBy(() -> db.upsertAll(List.of(ok, invalid), "sku")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("quantity");
        assertThatThrownBy(() -> db.upsertAll(List.of(new Stock(null, 1)), "sku"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("sku");
        assertThatThrownBy(() -> db.upsertAll(List.of(new Stock("D", 1), new Stock("D", 2)), "sku"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("give each key once");
        assertThatThrownBy(() -> db.upsertAll(List.of(new Stock("N", 1)), "note")).isInstanceOf(QueryException.class)
                .hasMessageContaining("Stock.note").hasMessageContaining("@Column(unique = true)");
        assertThatThrownBy(() -> db.upsertAll(List.of(new Stock("N", 1)), "nope")).isInstanceOf(QueryException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> db.upsertAll(List.of(new Stock("N", 1)))).isInstanceOf(QueryException.class)
                .hasMessageContaining("sku");
        Stock saved = db.find(Stock.class, before.get("S").id()).orElseThrow();
        queries.reset();
        assertThatThrownBy(() -> db.upsertAll(List.of(saved), "sku")).isInstanceOf(Ar4jException.class)
                .hasMessageContaining("already saved");
        assertThat(queries.count()).isZero();
        assertThat(ok.isNewRecord()).isTrue();
        assertThat(ok.id).isNull();
        assertThat(ok.calls).isEmpty();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @DisplayName("a line that collides on another unique key (barcode) fails with a UNIQUE violation; the stored line"
            + " is unchanged and the record is new again")
    void collisionOnAnotherKey() {
        Stock a = new Stock("A", 1);
        a.barcode = "X";
        a.save();
        Map<String, Line> before = stored();
        Stock b = new Stock("B", 50);
        b.barcode = "X";
        assertThatThrownBy(() -> db.upsertAll(List.of(b), "sku")).isInstanceOf(ConstraintViolationException.class)
                .extracting(e -> ((ConstraintViolationException) e).kind())
                .isEqualTo(ConstraintViolationException.Kind.UNIQUE);
        assertThat(stored()).isEqualTo(before);
        assertThat(b.isNewRecord()).isTrue();
        assertThat(b.id).isNull();
        assertThat(b.version).isZero();
    }

    @Test
    @DisplayName("a batch failing on a later line (another unique key collides) leaves every record describing the"
            + " data: with transactions nothing is stored; without, stored lines say so; a retry writes")
    void collisionMidBatchRecordsFollowTheData() {
        Random rnd = new Random(SEED + 2);
        Stock taken = new Stock("TAKEN", 1);
        taken.barcode = "X";
        taken.save();
        List<Stock> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Stock s = stock(rnd, "M-" + i);
            s.barcode = "B-" + i;
            batch.add(s);
        }
        int colliding = 3 + rnd.nextInt(4);
        batch.get(colliding).barcode = "X";
        assertThatThrownBy(() -> db.upsertAll(batch, "sku")).isInstanceOf(ConstraintViolationException.class);
        Map<String, Line> now = stored();
        if (db.supports(Capability.TRANSACTIONS)) {
            assertThat(now.keySet()).containsExactly("TAKEN");
        }
        for (Stock s : batch) {
            Line row = now.get(s.sku);
            assertThat(s.isNewRecord()).as(s.sku + ": new exactly when no line is stored").isEqualTo(row == null);
            if (row != null) {
                assertThat(s.id).isEqualTo(row.id());
                assertThat(s.version).isEqualTo(row.version());
                assertThat(s.changedFields()).as(s.sku + ": written as it is").isEmpty();
            } else {
                assertThat(s.id).isNull();
            }
        }
        batch.get(colliding).barcode = "FIXED";
        List<Stock> retry = new ArrayList<>();
        for (Stock s : batch) {
            if (s.isNewRecord()) {
                retry.add(s);
            } else {
                s.save();
            }
        }
        db.upsertAll(retry, "sku");
        Map<String, Line> after = stored();
        assertThat(after).hasSize(batch.size() + 1);
        for (Stock s : batch) {
            assertThat(after.get(s.sku).quantity()).isEqualTo(s.quantity);
            assertThat(after.get(s.sku).id()).isEqualTo(s.id);
            assertThat(s.changedFields()).isEmpty();
        }
    }

    @Test
    @DisplayName("an after-hook failure: with transactions nothing is stored and every record is as before; without,"
            + " the records describe what is stored; a retry completes the same final table")
    void hookFailureAndRetry() {
        Random rnd = new Random(SEED + 1);
        new Stock("SKU-1", 1).save();
        Map<String, Line> before = stored();
        List<Stock> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(stock(rnd, "SKU-" + i));
        }
        batch.get(6).failIn = "afterSave";
        assertThatThrownBy(() -> db.upsertAll(batch, "sku")).hasMessageContaining("failed on purpose");
        if (db.supports(Capability.TRANSACTIONS)) {
            assertThat(stored()).isEqualTo(before);
            for (Stock s : batch) {
                assertThat(s.isNewRecord()).isTrue();
                assertThat(s.id).isNull();
                assertThat(s.version).isZero();
            }
        } else {
            Map<String, Line> now = stored();
            assertThat(now).hasSize(10);
            for (Stock s : batch) {
                assertThat(s.isNewRecord()).as("stored, so saved").isFalse();
                assertThat(now.get(s.sku).id()).isEqualTo(s.id);
            }
        }
        List<Stock> retry = new ArrayList<>();
        Map<String, Object[]> wanted = new HashMap<>();
        for (Stock s : batch) {
            Stock again = new Stock(s.sku, s.quantity);
            again.price = s.price;
            again.note = s.note;
            retry.add(again);
            wanted.put(s.sku, new Object[] {s.quantity, s.note});
        }
        db.upsertAll(retry, "sku");
        Map<String, Line> after = stored();
        assertThat(after).hasSize(10);
        after.forEach((sku, line) -> assertThat(new Object[] {line.quantity(), line.note()}).isEqualTo(wanted.get(sku)));
        assertThat(after.get("SKU-1").id()).isEqualTo(before.get("SKU-1").id());
    }
}

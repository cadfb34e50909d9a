package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.ar4j.Ar4jException;
import org.ar4j.ArgumentException;
import org.ar4j.Capability;
import org.ar4j.ConstraintViolationException;
import org.ar4j.Key;
import org.ar4j.QueryException;
import org.ar4j.RecordNotFoundException;
import org.ar4j.StaleRecordException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.ValidationException;
import org.ar4j.query.Page;
import org.ar4j.query.Where;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.OrderLine;
import org.ar4j.tck.fixtures.OrderLine_;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Composite primary keys: {@link OrderLine} is keyed by (orderNo, lineNo), and many lines share an order number or
 * a line number, so a write that used only one part would touch other rows. Every scenario checks the rows through
 * a second database against an in-memory oracle. Relations through a join model keyed by both foreign keys are in
 * {@link CompositeJoinTest}.
 */
@Tag("keys")
class CompositeKeysTest extends TckScenario {
    private final Random rnd = new Random(20261207L);
    /** The oracle: "orderNo/lineNo" to "sku x quantity". */
    private final Map<String, String> stored = new HashMap<>();

    private static String key(OrderLine l) {
        return l.orderNo + "/" + l.lineNo;
    }

    private static String value(OrderLine l) {
        return l.sku + " x" + l.quantity;
    }

    /** Lines of a few orders, each order numbering its lines from 1, saved one by one. */
    private List<OrderLine> seed(int orders) {
        List<OrderLine> lines = new ArrayList<>();
        for (long o = 1; o <= orders; o++) {
            int count = 1 + rnd.nextInt(5);
            for (int l = 1; l <= count; l++) {
                OrderLine line = new OrderLine(o, l, "sku-" + rnd.nextInt(1000), rnd.nextInt(9));
                line.save();
                lines.add(line);
                stored.put(key(line), value(line));
            }
        }
        return lines;
    }

    /** Every row, read through a second database, matches the oracle exactly. */
    private void assertStored() {
        Map<String, String> rows = new HashMap<>();
        for (OrderLine l : observer().query(OrderLine.class).all()) {
            rows.put(key(l), value(l));
        }
        assertThat(rows).isEqualTo(stored);
    }

    @Test
    @DisplayName("find(Key.of(...)) reads each line by both parts; a key that is not stored finds nothing")
    void findByCompositeKey() {
        List<OrderLine> lines = seed(12);
        for (OrderLine l : lines) {
            OrderLine found = OrderLine.find(OrderLine.class, Key.of(l.orderNo, l.lineNo)).orElseThrow();
            assertThat(value(found)).as(key(l)).isEqualTo(value(l));
            assertThat(found.version).isEqualTo(1L);
        }
        assertThat(OrderLine.find(OrderLine.class, Key.of(1L, 99))).isEmpty();
        assertThat(OrderLine.find(OrderLine.class, Key.of(99L, 1))).isEmpty();
        assertThat(db.query(OrderLine.class).whereId(Key.of(2, 1L)).count()).as("parts converted to their types")
                .isEqualTo(1);
        assertStored();
    }

    @Test
    @DisplayName("save and delete write by both key parts: lines sharing an order or a line number are untouched")
    void updateAndDeleteTouchOneRow() {
        List<OrderLine> lines = seed(10);
        for (int i = 0; i < 30; i++) {
            OrderLine l = lines.get(rnd.nextInt(lines.size()));
            if (l.isNewRecord()) {
                continue;
            }
            if (rnd.nextInt(4) == 0) {
                l.delete();
                stored.remove(key(l));
            } else {
                l.quantity = rnd.nextInt(100);
                l.save();
                stored.put(key(l), value(l));
            }
        }
        assertStored();
        OrderLine again = lines.stream().filter(l -> !l.isNewRecord()).findFirst().orElseThrow();
        again.quantity = -1;
        again.reload();
        assertThat(value(again)).isEqualTo(stored.get(key(again)));
    }

    @Test
    @DisplayName("optimistic locking by composite key: a stale copy is refused and the row keeps the first save")
    void optimisticLocking() {
        seed(3);
        OrderLine mine = OrderLine.findOrFail(OrderLine.class, Key.of(2L, 1));
        OrderLine theirs = observer().find(OrderLine.class, Key.of(2L, 1)).orElseThrow();
        theirs.quantity = 500;
        observer().bind(theirs::save);
        mine.quantity = 7;
        assertThatThrownBy(mine::save).isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("OrderLine").hasMessageContaining("orderNo=2").hasMessageContaining("lineNo=1");
        stored.put("2/1", theirs.sku + " x500");
        assertStored();
        assertThat(mine.version).as("the stale copy keeps its version").isEqualTo(1L);
        mine.reload();
        assertThat(mine.version).isEqualTo(2L);
    }

    @Test
    @DisplayName("a partial composite key: refused naming the missing part, nothing written; Key.of checks its parts")
    void aPartialCompositeKey() {
        seed(2);
        OrderLine partial = new OrderLine(7, 1, "partial", 1);
        partial.lineNo = null;
        assertThatThrownBy(partial::save).isInstanceOf(ValidationException.class).hasMessageContaining("lineNo")
                .hasMessageContaining("OrderLine");
        assertThat(partial.isNewRecord()).isTrue();
        assertThatThrownBy(() -> db.insertAll(List.of(new OrderLine(8, 1, "ok", 1), partial)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lineNo");
        assertThatThrownBy(() -> Key.of(1L)).isInstanceOf(ArgumentException.class).hasMessageContaining("two or more");
        assertThatThrownBy(() -> Key.of(1L, null)).isInstanceOf(ArgumentException.class).hasMessageContaining("part 2");
        assertThatThrownBy(() -> OrderLine.find(OrderLine.class, 1L)).isInstanceOf(QueryException.class)
                .hasMessageContaining("Key.of(orderNo, lineNo)");
        assertThatThrownBy(() -> OrderLine.find(OrderLine.class, Key.of(1L, 2, 3))).isInstanceOf(QueryException.class)
                .hasMessageContaining("2 parts");
        assertThatThrownBy(() -> new OrderLine(9, 9, "x", 1).reload()).isInstanceOf(RecordNotFoundException.class);
        assertStored();
    }

    @Test
    @DisplayName("a saved line's key parts cannot change: refused, the row stays where it was")
    void keyPartsCannotChange() {
        List<OrderLine> lines = seed(2);
        OrderLine l = lines.get(0);
        l.lineNo = 50;
        assertThatThrownBy(l::save).isInstanceOf(Ar4jException.class).hasMessageContaining("cannot change")
                .hasMessageContaining("lineNo=50");
        assertStored();
    }

    @Test
    @DisplayName("a duplicate composite key is a unique violation naming both parts; the row and the record stay")
    void duplicateKey() {
        seed(2);
        OrderLine dup = new OrderLine(1, 1, "dup", 3);
        assertThatThrownBy(dup::save).isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).kind())
                        .isEqualTo(ConstraintViolationException.Kind.UNIQUE));
        assertThat(dup.isNewRecord()).isTrue();
        OrderLine sameOrder = new OrderLine(1, 40, "same order", 1);
        sameOrder.save();
        OrderLine sameLine = new OrderLine(40, 1, "same line", 1);
        sameLine.save();
        stored.put(key(sameOrder), value(sameOrder));
        stored.put(key(sameLine), value(sameLine));
        assertStored();
    }

    @TestFactory
    Stream<DynamicTest> insertAllIsAtomic() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "insertAll with a duplicate composite key in the batch writes none of it; the records stay new", () -> {
                    seed(2);
                    List<OrderLine> batch = new ArrayList<>();
                    for (int i = 1; i <= 20; i++) {
                        batch.add(new OrderLine(100, i, "batch", i));
                    }
                    batch.add(new OrderLine(100, 7, "again", 1));
                    assertThatThrownBy(() -> db.insertAll(batch)).isInstanceOf(ConstraintViolationException.class);
                    assertThat(batch).allMatch(OrderLine::isNewRecord);
                    assertThat(batch).allMatch(l -> l.version == null);
                    assertStored();
                    db.insertAll(batch.subList(0, 20));
                    batch.subList(0, 20).forEach(l -> stored.put(key(l), value(l)));
                    assertStored();
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> new OrderLine(1, 1, "x", 1).save()))
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("TRANSACTIONS"));
    }

    @Test
    @DisplayName("upsertAll on the composite key writes over stored lines (version + 1) and inserts the others")
    void upsertOnTheCompositeKey() {
        List<OrderLine> lines = seed(6);
        List<OrderLine> batch = new ArrayList<>();
        for (OrderLine l : lines) {
            if (rnd.nextBoolean()) {
                batch.add(new OrderLine(l.orderNo, l.lineNo, "upserted", 1000 + l.lineNo));
            }
        }
        for (int i = 1; i <= 5; i++) {
            batch.add(new OrderLine(70, i, "new", i));
        }
        db.upsertAll(batch, "lineNo", "orderNo");
        for (OrderLine l : batch) {
            assertThat(l.isNewRecord()).isFalse();
            assertThat(l.version).as(key(l)).isEqualTo(l.orderNo == 70 ? 1L : 2L);
            stored.put(key(l), value(l));
        }
        assertStored();
        assertThatThrownBy(() -> db.upsertAll(List.of(new OrderLine(1, 1, "x", 1)), "lineNo"))
                .isInstanceOf(QueryException.class).hasMessageContaining("(orderNo, lineNo)");
        assertThatThrownBy(() -> db.upsertAll(List.of(new OrderLine(71, 1, "x", 1), new OrderLine(71, 1, "y", 2)),
                "orderNo", "lineNo")).isInstanceOf(ValidationException.class).hasMessageContaining("records 0 and 1");
        assertStored();
    }

    @Test
    @DisplayName("keyset pages ordered by quantity are completed by both key parts: every line once, in order")
    void keysetPages() {
        List<OrderLine> lines = seed(15);
        List<String> expected = lines.stream().sorted(Comparator.<OrderLine, Integer>comparing(l -> l.quantity)
                .thenComparing(l -> l.orderNo).thenComparing(l -> l.lineNo)).map(CompositeKeysTest::key).toList();
        List<String> seen = new ArrayList<>();
        Page<OrderLine> page = db.query(OrderLine.class).orderBy("quantity").page(4);
        while (true) {
            page.items().forEach(l -> seen.add(key(l)));
            if (!page.hasNext()) {
                break;
            }
            page = db.query(OrderLine.class).orderBy("quantity").after(page.last().orElseThrow()).page(4);
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(db.query(OrderLine.class).where(Where.eq("orderNo", 3L)).page(2, 2, true).total().getAsLong())
                .isEqualTo(lines.stream().filter(l -> l.orderNo == 3L).count());
    }

    @Test
    @DisplayName("the metamodel has a typed field per key part: typed conditions, order and pluck by part")
    void metamodelParts() {
        List<OrderLine> lines = seed(8);
        List<Integer> expected = lines.stream().filter(l -> l.orderNo == 4L && l.lineNo > 1).map(l -> l.lineNo)
                .sorted(Comparator.reverseOrder()).toList();
        List<Integer> typed = db.query(OrderLine.class).where(Where.and(OrderLine_.orderNo.eq(4L),
                OrderLine_.lineNo.gt(1))).orderBy(OrderLine_.lineNo.desc()).pluck(OrderLine_.lineNo);
        assertThat(typed).isEqualTo(expected);
    }

    @TestFactory
    Stream<DynamicTest> rollbackMakesLinesNewAgain() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a rolled-back save of a composite-keyed line leaves no row; the record is new again and saves on retry",
                () -> {
                    seed(1);
                    OrderLine l = new OrderLine(90, 1, "retry", 2);
                    assertThatThrownBy(() -> db.transaction(() -> {
                        l.save();
                        throw new IllegalStateException("boom");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(l.isNewRecord()).isTrue();
                    assertThat(l.version).isNull();
                    assertStored();
                    l.save();
                    stored.put(key(l), value(l));
                    assertStored();
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> new OrderLine(1, 1, "x", 1).save()))
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("TRANSACTIONS"));
    }

    @Test
    @DisplayName("schema: the table is created with its composite primary key, and validate is clean")
    void schemaValidates() {
        assertThat(db.schema().validate(OrderLine.class).problems()).isEmpty();
    }
}

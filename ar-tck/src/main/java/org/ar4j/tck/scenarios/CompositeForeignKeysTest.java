package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ar4j.LoadMode;
import org.ar4j.ModelDefinitionException;
import org.ar4j.QueryException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.LineNote;
import org.ar4j.tck.fixtures.OrderLine;
import org.ar4j.tck.fixtures.broken.HalfKeyNote;
import org.ar4j.tck.fixtures.broken.SwappedKeyNote;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Composite foreign keys: a {@link LineNote} refers to its {@link OrderLine} by (orderNo, lineNo). Lines share order
 * numbers and line numbers, so a load or a write that matched one part only would pick another line's notes: every
 * scenario checks against an oracle of which line each note is on, with statement counts.
 */
@Tag("keys")
class CompositeForeignKeysTest extends TckScenario {
    private final Random rnd = new Random(20261207_2L);
    private final List<OrderLine> lines = new ArrayList<>();
    /** The oracle: note id to "orderNo/lineNo" of its line, or "none". */
    private final Map<Long, String> lineOf = new HashMap<>();
    /** Note id to its text. */
    private final Map<Long, String> textOf = new HashMap<>();

    private static String key(OrderLine l) {
        return l == null ? "none" : l.orderNo + "/" + l.lineNo;
    }

    /** Lines of a few orders (numbered from 1 in each), notes on random lines or on none. */
    private void seed(int orders, int notes) {
        for (long o = 1; o <= orders; o++) {
            for (int l = 1; l <= 1 + rnd.nextInt(4); l++) {
                lines.add(new OrderLine(o, l, "sku", l).save());
            }
        }
        for (int i = 0; i < notes; i++) {
            LineNote n = new LineNote("note " + i);
            OrderLine on = rnd.nextInt(6) == 0 ? null : lines.get(rnd.nextInt(lines.size()));
            LineNote.LINE.set(n, on);
            n.save();
            lineOf.put(n.id, key(on));
            textOf.put(n.id, n.text);
        }
    }

    private void assertNotes(List<OrderLine> loaded) {
        for (OrderLine l : loaded) {
            List<String> expected = lineOf.entrySet().stream().filter(e -> e.getValue().equals(key(l)))
                    .map(e -> textOf.get(e.getKey())).sorted().toList();
            assertThat(l.notes().stream().map(n -> n.text).sorted().toList()).as(key(l)).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("with(\"notes\") and with(\"line\") load by both key parts: 1 + 1 statements, each its own")
    void eagerBothWays() {
        seed(6, 40);
        List<OrderLine> loaded = queries.measure(() -> db.query(OrderLine.class).with("notes").all());
        assertThat(queries.count()).as("%s", queries.texts()).isEqualTo(2);
        Map<String, Integer> counts = new HashMap<>();
        lineOf.values().forEach(k -> counts.merge(k, 1, Integer::sum));
        assertThat(queries.during(() -> loaded.forEach(l -> assertThat(l.notes()).as(key(l))
                .hasSize(counts.getOrDefault(key(l), 0))))).isZero();
        assertNotes(loaded);
        List<LineNote> notes = queries.measure(() -> db.query(LineNote.class).with("line").all());
        assertThat(queries.count()).isEqualTo(2);
        assertThat(queries.during(() -> notes.forEach(n -> assertThat(key(n.line())).as(n.text)
                .isEqualTo(lineOf.get(n.id))))).isZero();
    }

    @Test
    @DisplayName("lazy under PEERS reads every line's notes in one statement; under ONE, one per line")
    void lazyPeersAndOne() {
        seed(5, 30);
        List<OrderLine> peers = db.query(OrderLine.class).all();
        assertThat(queries.during(() -> peers.get(0).notes())).isEqualTo(1);
        assertThat(queries.during(() -> assertNotes(peers))).isZero();
        List<OrderLine> ones = db.query(OrderLine.class).loadMode(LoadMode.ONE).all();
        assertThat(queries.during(() -> ones.forEach(OrderLine::notes))).isEqualTo(ones.size());
    }

    @Test
    @DisplayName("a HasOne by composite key keeps each line's last note by text, eager and lazy")
    void hasOneByCompositeKey() {
        seed(5, 40);
        Map<String, String> last = new HashMap<>();
        for (LineNote n : observer().query(LineNote.class).all()) {
            String k = lineOf.get(n.id);
            last.merge(k, n.text, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        for (List<OrderLine> loaded : List.of(db.query(OrderLine.class).with("lastNote").all(),
                db.query(OrderLine.class).all())) {
            for (OrderLine l : loaded) {
                LineNote n = OrderLine.LAST_NOTE.get(l);
                assertThat(n == null ? null : n.text).as(key(l)).isEqualTo(last.get(key(l)));
            }
        }
    }

    @Test
    @DisplayName("set, add and remove write both parts; a note set to nothing has both parts null")
    void setAddRemove() {
        seed(3, 0);
        OrderLine a = lines.get(0);
        OrderLine b = lines.stream().filter(l -> !l.orderNo.equals(a.orderNo) && !l.lineNo.equals(a.lineNo)).findFirst()
                .orElse(lines.get(lines.size() - 1));
        LineNote n = new LineNote("moving");
        OrderLine.NOTES.add(a, n);
        assertThat(n.orderNo).isEqualTo(a.orderNo);
        assertThat(n.lineNo).isEqualTo(a.lineNo);
        LineNote.LINE.set(n, b);
        n.save();
        LineNote stored = observer().find(LineNote.class, n.id).orElseThrow();
        assertThat(stored.orderNo + "/" + stored.lineNo).isEqualTo(key(b));
        assertThat(OrderLine.NOTES.query(b).count()).isEqualTo(1);
        assertThat(OrderLine.NOTES.query(a).count()).isZero();
        OrderLine.NOTES.remove(b, n);
        stored = observer().find(LineNote.class, n.id).orElseThrow();
        assertThat(stored.orderNo).isNull();
        assertThat(stored.lineNo).isNull();
        assertThat(n.line()).isNull();
    }

    @Test
    @DisplayName("deleting a line deletes its notes only (DELETE_ALL by both parts): notes of its order stay")
    void cascadeByBothParts() {
        seed(4, 50);
        OrderLine gone = lines.stream().max(Comparator.comparing(l -> lineOf.values().stream()
                .filter(k -> k.equals(key(l))).count())).orElseThrow();
        gone.delete();
        lineOf.values().removeIf(k -> k.equals(key(gone)));
        Map<Long, String> rows = new HashMap<>();
        for (LineNote n : observer().query(LineNote.class).all()) {
            rows.put(n.id, n.orderNo == null ? "none" : n.orderNo + "/" + n.lineNo);
        }
        assertThat(rows).isEqualTo(lineOf);
    }

    @Test
    @DisplayName("composite keys are chunked by parameters: one more line than a statement binds costs two reads")
    void chunkedByParameters() {
        int perQuery = Math.min(1_000, db.maxKeysPerQuery() / 2);   // two parameters per key, at most 1,000 keys
        List<OrderLine> many = new ArrayList<>(perQuery + 1);
        for (int i = 0; i <= perQuery; i++) {
            many.add(new OrderLine(500 + i / 3, i % 3 + 1, "bulk", 1));
        }
        db.insertAll(many);
        OrderLine last = many.get(perQuery);
        LineNote note = new LineNote("on the last line");
        OrderLine.NOTES.add(last, note);
        List<OrderLine> loaded = queries.measure(() -> db.query(OrderLine.class).with("notes").all());
        assertThat(queries.count()).as("lines, then two chunks of notes").isEqualTo(3);
        assertThat(loaded).hasSize(perQuery + 1);
        assertThat(loaded.stream().filter(l -> !l.notes().isEmpty()).map(CompositeForeignKeysTest::key).toList())
                .containsExactly(key(last));
    }

    @Test
    @DisplayName("has/hasNo, withCount and projections across a composite key are refused by name; nothing runs")
    void unsupportedAcrossACompositeKey() {
        seed(2, 5);
        assertThat(queries.during(() -> {
            assertThatThrownBy(() -> db.query(OrderLine.class).where(Where.has("notes")).count())
                    .isInstanceOf(QueryException.class).hasMessageContaining("OrderLine.notes")
                    .hasMessageContaining("(orderNo, lineNo)");
            assertThatThrownBy(() -> db.query(OrderLine.class).withCount("notes").all())
                    .isInstanceOf(QueryException.class).hasMessageContaining("OrderLine.notes");
        })).isZero();
        assertThat(observer().query(LineNote.class).count()).isEqualTo(5);
    }

    @Test
    @DisplayName("a composite foreign key is declared with every part, in order, of fitting types; validate is clean")
    void declarationsAndSchema() {
        assertThatThrownBy(() -> db.query(HalfKeyNote.class).with("line").all()).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("HalfKeyNote.line").hasMessageContaining("(orderNo, lineNo)")
                .hasMessageContaining(".foreignKey(");
        assertThatThrownBy(() -> db.query(SwappedKeyNote.class).with("line").all())
                .isInstanceOf(ModelDefinitionException.class).hasMessageContaining("SwappedKeyNote.orderCode")
                .hasMessageContaining("OrderLine.orderNo");
        assertThat(db.schema().validate(OrderLine.class, LineNote.class).problems()).isEmpty();
    }
}

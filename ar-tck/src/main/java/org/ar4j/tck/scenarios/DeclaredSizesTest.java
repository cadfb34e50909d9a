package org.ar4j.tck.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ar4j.ValidationException;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Invoice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** @Column(length) and @Column(precision, scale): the same values stored, refused and read back everywhere. */
@Tag("schema")
class DeclaredSizesTest extends TckScenario {

    @Test
    @DisplayName("a string longer than its declared length is refused before anything is written, naming the field")
    void tooLong() {
        assertThatThrownBy(() -> new Invoice("ABCDEFGHIJKLM", "1.00").save()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("code").hasMessageContaining("13 characters").hasMessageContaining("length = 12");
        assertThat(observer().query(Invoice.class).count()).isZero();
        Invoice exact = new Invoice("\uD83D\uDE00BCDEFGHIJKL", "1.00").save();   // 12 characters, one outside the BMP
        assertThat(observer().query(Invoice.class).whereId(exact.id).one().code).isEqualTo(exact.code);
    }

    @Test
    @DisplayName("a decimal is stored with its declared scale (12.5 reads back as 12.50) on every backend")
    void declaredScale() {
        Invoice i = new Invoice("A-1", "12.5").save();
        assertThat(i.changedFields()).isEmpty();
        Invoice read = observer().query(Invoice.class).whereId(i.id).one();
        assertThat(read.amount).isEqualTo(new BigDecimal("12.50"));
        assertThat(read.amount.scale()).isEqualTo(2);
        assertThat(observer().query(Invoice.class).where("amount", new BigDecimal("12.5")).count())
                .as("comparisons are numeric").isEqualTo(1);
    }

    @Test
    @DisplayName("more decimals than the scale, or more integer digits than precision - scale, is refused; nothing is rounded")
    void outOfDeclaredRange() {
        assertThatThrownBy(() -> new Invoice("A-2", "1.005").save()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("amount").hasMessageContaining("3 decimals").hasMessageContaining("setScale(2");
        assertThatThrownBy(() -> new Invoice("A-3", "123456789.00").save()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("9 digits before the point").hasMessageContaining("allows 8");
        assertThat(observer().query(Invoice.class).count()).isZero();
    }

    @Test
    @DisplayName("seeded random amounts within precision 10, scale 2 round-trip exactly and order numerically")
    void randomAmounts() {
        Random random = new Random(20261129L);
        List<BigDecimal> written = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            long unscaled = random.nextLong() % 10_000_000_000L;   // up to 10 digits: 8 before the point
            BigDecimal amount = BigDecimal.valueOf(unscaled, 2);
            new Invoice("R-" + n, amount.toPlainString()).save();
            written.add(amount);
        }
        List<BigDecimal> sorted = new ArrayList<>(written);
        sorted.sort(BigDecimal::compareTo);
        List<BigDecimal> read = observer().query(Invoice.class).orderBy("amount").pluck("amount", BigDecimal.class);
        assertThat(read).isEqualTo(sorted);
        System.out.println("[ar4j-tck] " + db.backendName() + ": 60 random DECIMAL(10,2) amounts round-tripped (seed 20261129)");
    }
}

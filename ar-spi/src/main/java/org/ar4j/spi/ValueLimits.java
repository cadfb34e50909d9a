package org.ar4j.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The values a backend stores exactly and compares as PostgreSQL does. ar-core refuses anything
 * outside them before any statement, naming the field and these limits; {@link #PORTABLE} is what
 * every first-party backend declares, so the same model code accepts the same values everywhere.
 *
 * @param minDate              the earliest date of a LocalDate, LocalDateTime or Instant (UTC)
 * @param maxDate              the latest date of a LocalDate, LocalDateTime or Instant (UTC)
 * @param maxDecimalPrecision  the most significant digits of a BigDecimal (after a negative scale
 *                             is made 0)
 * @param maxDecimalScale      the most digits after the decimal point of a BigDecimal
 */
public record ValueLimits(LocalDate minDate, LocalDate maxDate, int maxDecimalPrecision, int maxDecimalScale) {
    /**
     * Years 0001 to 9999 (what MySQL/MariaDB DATETIME holds and fixed-width ISO text sorts correctly),
     * and BigDecimals of up to 34 significant digits (MongoDB's Decimal128) with up to 30 after the
     * point (compared exactly as MySQL's DECIMAL(65,30)).
     */
    public static final ValueLimits PORTABLE = new ValueLimits(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), 34, 30);

    /** Validates the parts. */
    public ValueLimits {
        Objects.requireNonNull(minDate, "minDate");
        Objects.requireNonNull(maxDate, "maxDate");
    }
}

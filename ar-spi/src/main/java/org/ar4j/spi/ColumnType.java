package org.ar4j.spi;

/**
 * The portable column types and the canonical Java type a backend receives and returns for
 * each. Core converts model field values to and from these (an enum is stored as its name
 * in a {@link #STRING} column, an {@code int} as {@link #INTEGER}).
 */
public enum ColumnType {
    /** {@link String}. */ STRING(String.class),
    /** {@link Boolean}. */ BOOLEAN(Boolean.class),
    /** {@link Integer}. */ INTEGER(Integer.class),
    /** {@link Long}. */ LONG(Long.class),
    /** {@link Double}. */ DOUBLE(Double.class),
    /** {@link java.math.BigDecimal}. */ DECIMAL(java.math.BigDecimal.class),
    /** {@link java.time.Instant}, microsecond precision on every backend. */ INSTANT(java.time.Instant.class),
    /** {@link java.time.LocalDate}. */ DATE(java.time.LocalDate.class),
    /** {@link java.time.LocalDateTime}, microsecond precision on every backend. */ DATE_TIME(java.time.LocalDateTime.class),
    /** {@link java.util.UUID}. */ UUID(java.util.UUID.class),
    /** {@code byte[]}. */ BYTES(byte[].class),
    /** A JSON document ({@link JsonValue}): {@code jsonb}, {@code JSON}, text, or a native subdocument. */
    JSON(JsonValue.class);

    private static final ColumnType[] ALL = values();
    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /**
     * The column type whose canonical Java type {@code value} has, or null for null and for any other class: how a
     * backend binds a parameter of native SQL, which core has already turned into a canonical value.
     */
    public static ColumnType ofCanonical(Object value) {
        if (value == null) {
            return null;
        }
        for (ColumnType t : ALL) {
            if (t.javaType == value.getClass()) {
                return t;
            }
        }
        return null;
    }

    /** The canonical Java type of values in such a column. */
    public Class<?> javaType() {
        return javaType;
    }
}

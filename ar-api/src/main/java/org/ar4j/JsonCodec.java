package org.ar4j;

import java.lang.reflect.Type;

/**
 * Turns the values of {@link Json} fields into JSON and back. The {@code ar-jackson} module provides one (found
 * through {@link java.util.ServiceLoader}); a database may be given another with
 * {@link DatabaseBuilder#json(JsonCodec)}, such as the Jackson mapper a Spring application configured.
 * Implementations are thread-safe.
 *
 * <p>A plain tree is made of {@code Map<String, Object>} (keys in document order), {@code List<Object>},
 * {@code String}, {@code Number} (Integer, Long, BigInteger, Double, BigDecimal), {@code Boolean} and {@code null}.
 */
public interface JsonCodec {

    /** The JSON text of a value. */
    String toText(Object value);

    /** The plain tree of a value. */
    Object toTree(Object value);

    /** A value of {@code type} (a generic type, such as {@code List<String>}) read from JSON text. */
    Object fromText(String text, Type type);

    /** A value of {@code type} made from a plain tree. */
    Object fromTree(Object tree, Type type);
}

package org.ar4j.spring.testapp;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.ValueConverter;

/** A stock item whose code is a type of the application's own, stored through a converter bean. */
@Table("spring_skus")
public class Sku extends ActiveRecord<Sku> {
    @Id public Long id;
    public Code code;

    public Sku() {
    }

    public Sku(Code code) {
        this.code = code;
    }

    /** A stock code. */
    public record Code(String value) {
    }

    /** Stores a code as its upper-cased text; registered as a Spring bean, not with {@code @Convert}. */
    public static final class CodeConverter implements ValueConverter<Code, String> {
        @Override
        public Class<String> storedType() {
            return String.class;
        }

        @Override
        public String toStored(Code value) {
            return value.value().toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public Code fromStored(String stored) {
            return new Code(stored);
        }
    }
}

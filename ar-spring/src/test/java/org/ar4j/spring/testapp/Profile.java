package org.ar4j.spring.testapp;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Json;
import org.ar4j.Table;

/** A model with a JSON field, written through the context's JsonMapper. */
@Table("spring_profiles")
public class Profile extends ActiveRecord<Profile> {
    @Id public Long id;
    @Json public Settings settings;

    /** Settings with a camelCase component, to see the mapper's naming strategy in the stored text. */
    public record Settings(String displayName) {
    }

    /** The same table, its JSON column read as the text stored. */
    @Table("spring_profiles")
    public static class Raw extends ActiveRecord<Raw> {
        @Id public Long id;
        public String settings;
    }
}

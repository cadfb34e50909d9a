package org.ar4j.examples.docs;

// tag::model[]
import java.util.List;
import java.util.Map;

import org.ar4j.ActiveRecord;
import org.ar4j.Embedded;
import org.ar4j.Id;
import org.ar4j.Json;
import org.ar4j.Table;

@Table("shoppers")
public class Shopper extends ActiveRecord<Shopper> {
    @Id public Long id;
    public String name;
    @Embedded public Address home;                       // columns home_street, home_city, home_geo_lat...
    @Embedded(prefix = "ship_") public Address shipping; // the same type again: ship_street, ship_city...
    @Json(indexed = "language") public Preferences preferences; // one JSON document, a path indexed
    @Json public Map<String, Object> extra;              // free-form JSON
    public List<String> tags;                            // a JSON array, no annotation needed

    /** A value of several fields, nested. */
    public record Address(String street, String city, @Embedded Geo geo) {
    }

    public record Geo(Double lat, Double lon) {
    }

    /** Any shape Jackson reads and writes: records, lists, maps, java.time values. */
    public record Preferences(String language, boolean newsletter, List<String> brands) {
    }
}
// end::model[]

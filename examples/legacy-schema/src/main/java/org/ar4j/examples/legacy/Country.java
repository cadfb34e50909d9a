package org.ar4j.examples.legacy;

import java.time.LocalDateTime;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.TypeName;
import org.ar4j.relation.HasMany;

/** {@code country}: an integer key the application assigns (the ISO 3166 numeric code). */
@Table("country")
@TypeName("country")
public class Country extends ActiveRecord<Country> {
    @Id(assigned = true) public Integer countryId;
    @Column(length = 50, notNull = true) public String country;
    @Column(notNull = true, insertDefault = true) public LocalDateTime lastUpdate;

    public static final HasMany<StaffNote> NOTES = morphMany(StaffNote.class, "notable");

    public Country() {
    }

    public Country(int countryId, String country) {
        this.countryId = countryId;
        this.country = country;
    }
}

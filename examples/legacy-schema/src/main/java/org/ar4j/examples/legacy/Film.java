package org.ar4j.examples.legacy;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.EnumValue;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.TypeName;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.HasManyThrough;

/** {@code film}: a domain-typed year, a smallint, an enum type, defaults the database fills. */
// tag::film[]
@Table("film")
@TypeName("film")
public class Film extends ActiveRecord<Film> {
    public static final BelongsTo<Language> LANGUAGE = belongsTo(Language.class);
    public static final HasMany<StaffNote> NOTES = morphMany(StaffNote.class, "notable");
    public static final HasManyThrough<Actor> ACTORS = hasManyThrough(Actor.class, FilmActor.class);

    @Id public Integer filmId;
    @Column(length = 255, notNull = true) public String title;
    public String description;
    public Integer releaseYear;
    @Column(notNull = true) public Integer languageId;
    @Column(notNull = true, insertDefault = true) public Short rentalDuration;
    @Column(precision = 4, scale = 2, notNull = true, insertDefault = true) public BigDecimal rentalRate;
    @Column(insertDefault = true) public Rating rating;
    @Column(notNull = true, insertDefault = true) public LocalDateTime lastUpdate;
    // end::film[]

    public Film() {
    }

    /** The film's language, when loaded. */
    public Language language() {
        return LANGUAGE.get(this);
    }

    /** The ratings of {@code mpaa_rating}, stored as the type's labels. */
    public enum Rating {
        G("G"), PG("PG"), PG_13("PG-13"), R("R"), NC_17("NC-17");

        @EnumValue final String label;

        Rating(String label) {
            this.label = label;
        }
    }
}

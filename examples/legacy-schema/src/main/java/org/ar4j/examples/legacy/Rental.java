package org.ar4j.examples.legacy;

import java.time.LocalDate;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;

/** {@code rental}: a table partitioned by its key, whose key and index the parent keeps. */
@Table("rental")
public class Rental extends ActiveRecord<Rental> {
    public static final BelongsTo<Film> FILM = belongsTo(Film.class);

    @Id(assigned = true) public Integer rentalId;
    @Column(notNull = true) public Integer filmId;
    @Column(notNull = true) public LocalDate rentedOn;

    public Rental() {
    }

    /** The rented film, when loaded. */
    public Film film() {
        return FILM.get(this);
    }
}

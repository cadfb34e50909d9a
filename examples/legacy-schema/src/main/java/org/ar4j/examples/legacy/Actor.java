package org.ar4j.examples.legacy;

import java.time.LocalDateTime;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.HasManyThrough;

/** {@code actor}: a serial key; the films through {@code film_actor}, a join table keyed by both its columns. */
@Table("actor")
public class Actor extends ActiveRecord<Actor> {
    public static final HasManyThrough<Film> FILMS = hasManyThrough(Film.class, FilmActor.class);

    @Id public Integer actorId;
    @Column(length = 45, notNull = true) public String firstName;
    @Column(length = 45, notNull = true) public String lastName;
    @Column(notNull = true, insertDefault = true) public LocalDateTime lastUpdate;

    public Actor() {
    }

    public Actor(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    /** The actor's films, when loaded. */
    public List<Film> films() {
        return FILMS.get(this);
    }
}

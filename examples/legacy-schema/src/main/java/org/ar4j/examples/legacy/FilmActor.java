package org.ar4j.examples.legacy;

import java.time.LocalDateTime;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;

/** {@code film_actor}: no surrogate id, its primary key is (actor_id, film_id), both smallint foreign keys. */
// tag::film-actor[]
@Table("film_actor")
public class FilmActor extends ActiveRecord<FilmActor> {
    public static final BelongsTo<Actor> ACTOR = belongsTo(Actor.class);
    public static final BelongsTo<Film> FILM = belongsTo(Film.class);

    @Id public Short actorId;     // the key is (actor_id, film_id), in this order
    @Id public Short filmId;
    @Column(notNull = true, insertDefault = true) public LocalDateTime lastUpdate;
    // end::film-actor[]

    public FilmActor() {
    }
}

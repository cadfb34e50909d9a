package org.ar4j.examples.legacy;

import org.ar4j.ActiveRecord;
import org.ar4j.Table;

/** {@code films_by_rating}: a report's view without a key, mapped read-only and without an {@code @Id}. */
@Table(value = "films_by_rating", readOnly = true)
public class FilmsByRating extends ActiveRecord<FilmsByRating> {
    public Film.Rating rating;
    public Long films;
}

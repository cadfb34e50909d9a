package org.ar4j.examples.legacy;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;

/** {@code film_titles}: a view, mapped read-only with its natural key. */
// tag::view[]
@Table(value = "film_titles", readOnly = true)
public class FilmTitle extends ActiveRecord<FilmTitle> {
    @Id public Integer filmId;                                  // a natural key of the view's rows
    @Column(length = 255) public String title;
    @Column(length = 20, fixedWidth = true) public String language;
    public Film.Rating rating;
}
// end::view[]

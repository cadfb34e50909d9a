package org.ar4j.examples.legacy.music;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;

/** {@code album}: an assigned key, a foreign key served by a composite index, a SMALLINT year. */
@Table("album")
public class Album extends ActiveRecord<Album> {
    public static final BelongsTo<Artist> ARTIST = belongsTo(Artist.class);

    @Id(assigned = true) public Integer albumId;
    @Column(length = 160, notNull = true) public String title;
    @Column(notNull = true) public Integer artistId;
    public Short released;

    public Album() {
    }

    /** The album's artist, when loaded. */
    public Artist artist() {
        return ARTIST.get(this);
    }
}

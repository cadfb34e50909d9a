package org.ar4j.examples.legacy.music;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;

/** {@code track}: an assigned key and a nullable foreign key to its album. */
@Table("track")
public class Track extends ActiveRecord<Track> {
    public static final BelongsTo<Album> ALBUM = belongsTo(Album.class);

    @Id(assigned = true) public Integer trackId;
    @Column(length = 200, notNull = true) public String name;
    public Integer albumId;

    public Track() {
    }

    public Track(int trackId, String name) {
        this.trackId = trackId;
        this.name = name;
    }
}

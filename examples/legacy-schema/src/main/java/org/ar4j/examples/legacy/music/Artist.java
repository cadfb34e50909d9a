package org.ar4j.examples.legacy.music;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;

/** {@code artist}: a key the application assigns. */
@Table("artist")
public class Artist extends ActiveRecord<Artist> {
    @Id(assigned = true) public Integer artistId;
    @Column(length = 120) public String name;

    public Artist() {
    }

    public Artist(int artistId, String name) {
        this.artistId = artistId;
        this.name = name;
    }
}

package org.ar4j.examples.legacy.music;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.HasManyThrough;

/** {@code playlist}: its tracks through {@code playlist_track}, a join table keyed by both of its columns. */
@Table("playlist")
public class Playlist extends ActiveRecord<Playlist> {
    public static final HasManyThrough<Track> TRACKS = hasManyThrough(Track.class, PlaylistTrack.class);

    @Id(assigned = true) public Integer playlistId;
    @Column(length = 120) public String name;

    public Playlist() {
    }

    public Playlist(int playlistId, String name) {
        this.playlistId = playlistId;
        this.name = name;
    }

    /** The playlist's tracks, when loaded. */
    public List<Track> tracks() {
        return TRACKS.get(this);
    }
}

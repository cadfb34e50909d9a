package org.ar4j.examples.legacy.music;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;

/** {@code playlist_track}: no id of its own; its primary key is (playlist_id, track_id). */
@Table("playlist_track")
public class PlaylistTrack extends ActiveRecord<PlaylistTrack> {
    @Id public Integer playlistId;
    @Id public Integer trackId;

    public PlaylistTrack() {
    }
}

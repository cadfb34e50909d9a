-- A music store's schema as its DBA wrote it for MariaDB: keys the application assigns, NVARCHAR text in a binary
-- collation, DATETIME, NUMERIC money, SMALLINT, an index that starts with a foreign key. ar4j maps it unchanged.
CREATE TABLE artist (
    artist_id INT NOT NULL,
    name NVARCHAR(120) COLLATE utf8mb3_bin,
    CONSTRAINT pk_artist PRIMARY KEY (artist_id)
);

CREATE TABLE album (
    album_id INT NOT NULL,
    title NVARCHAR(160) COLLATE utf8mb3_bin NOT NULL,
    artist_id INT NOT NULL,
    released SMALLINT,
    CONSTRAINT pk_album PRIMARY KEY (album_id),
    CONSTRAINT fk_album_artist FOREIGN KEY (artist_id) REFERENCES artist (artist_id)
);
CREATE INDEX ifk_album_artist_title ON album (artist_id, title);

CREATE TABLE invoice (
    invoice_id INT NOT NULL AUTO_INCREMENT,
    invoice_date DATETIME NOT NULL,
    billing_country CHAR(2) COLLATE utf8mb4_bin NOT NULL,
    total NUMERIC(10,2) NOT NULL DEFAULT 0,
    CONSTRAINT pk_invoice PRIMARY KEY (invoice_id)
);

-- tracks on playlists: the join table has no id of its own, its key is (playlist_id, track_id)
CREATE TABLE track (
    track_id INT NOT NULL,
    name NVARCHAR(200) COLLATE utf8mb3_bin NOT NULL,
    album_id INT,
    CONSTRAINT pk_track PRIMARY KEY (track_id),
    CONSTRAINT fk_track_album FOREIGN KEY (album_id) REFERENCES album (album_id)
);
CREATE INDEX ifk_track_album ON track (album_id);

CREATE TABLE playlist (
    playlist_id INT NOT NULL,
    name NVARCHAR(120) COLLATE utf8mb3_bin,
    CONSTRAINT pk_playlist PRIMARY KEY (playlist_id)
);

CREATE TABLE playlist_track (
    playlist_id INT NOT NULL,
    track_id INT NOT NULL,
    CONSTRAINT pk_playlist_track PRIMARY KEY (playlist_id, track_id),
    CONSTRAINT fk_playlist_track_playlist FOREIGN KEY (playlist_id) REFERENCES playlist (playlist_id),
    CONSTRAINT fk_playlist_track_track FOREIGN KEY (track_id) REFERENCES track (track_id)
);
CREATE INDEX ifk_playlist_track_track ON playlist_track (track_id);

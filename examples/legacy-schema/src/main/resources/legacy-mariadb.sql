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

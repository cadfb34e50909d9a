package org.ar4j.examples.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

import org.ar4j.Database;
import org.ar4j.examples.legacy.music.Album;
import org.ar4j.examples.legacy.music.Artist;
import org.ar4j.examples.legacy.music.Invoice;
import org.ar4j.examples.legacy.music.Playlist;
import org.ar4j.examples.legacy.music.PlaylistTrack;
import org.ar4j.examples.legacy.music.Track;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The music store's MariaDB schema, created by its own script in a database of its own, mapped unchanged. */
class MariadbLegacySchemaTest {
    private static final String DATABASE = "ar4j_legacy_music";
    private static String url;

    @BeforeAll
    static void createTheSchema() throws SQLException, IOException {
        String server = ServerUnderTest.url("AR_TEST_MYSQL_URL");   // skipped, saying so, where it is not set
        String script;
        try (InputStream in = MariadbLegacySchemaTest.class.getResourceAsStream("/legacy-mariadb.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
            s.execute("USE " + DATABASE);
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        url = server.replaceFirst("(jdbc:mysql://[^/]+/)[^?]*", "$1" + DATABASE);
    }

    @Test
    void theMappingValidatesCleanAndRowsRoundTrip() {
        try (Database db = Database.connect(url)) {
            assertThat(db.schema().validate(Artist.class, Album.class, Invoice.class, Track.class, Playlist.class,
                    PlaylistTrack.class).problems()).isEmpty();
            db.bind(() -> {
                new Artist(1, "AC/DC").save();
                Album album = new Album();
                album.albumId = 1;
                album.title = "For Those About To Rock";
                album.artistId = 1;
                album.released = (short) 1981;
                album.save();
                Invoice invoice = new Invoice();
                invoice.invoiceDate = LocalDateTime.of(2026, 12, 7, 10, 30);
                invoice.billingCountry = "NO";
                return invoice.save();
            });
            Album album = db.query(Album.class).with("artist").one();
            assertThat(album.artist().name).isEqualTo("AC/DC");
            assertThat(album.released).isEqualTo((short) 1981);
            Invoice invoice = db.query(Invoice.class).one();
            assertThat(invoice.invoiceId).isNotNull();
            assertThat(invoice.billingCountry).isEqualTo("NO");
            assertThat(invoice.total).as("the column's default, read back").isEqualByComparingTo("0");
        }
    }

    /** A playlist's tracks through the join table keyed by (playlist_id, track_id). */
    @Test
    void playlistsThroughACompositeKeyedJoinTable() {
        try (Database db = Database.connect(url)) {
            db.bind(() -> {
                for (int t = 1; t <= 4; t++) {
                    new Track(100 + t, "Track " + t).save();
                }
                Playlist road = new Playlist(1, "Road").save();
                Playlist calm = new Playlist(2, "Calm").save();
                for (int t : new int[] {101, 103, 104}) {
                    Playlist.TRACKS.add(road, db.find(Track.class, t).orElseThrow());
                }
                Playlist.TRACKS.add(calm, db.find(Track.class, 103).orElseThrow());
                return null;
            });
            java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
            db.addQueryListener(e -> statements.incrementAndGet());
            java.util.List<Playlist> lists = db.query(Playlist.class).with("tracks").orderBy("playlistId").all();
            assertThat(statements.get()).as("playlists, playlist_track rows, tracks").isEqualTo(3);
            assertThat(db.bind(() -> lists.get(0).tracks())).extracting(t -> t.trackId).containsExactly(101, 103, 104);
            assertThat(db.bind(() -> lists.get(1).tracks())).extracting(t -> t.name).containsExactly("Track 3");
            assertThat(db.find(PlaylistTrack.class, org.ar4j.Key.of(1, 103))).isPresent();
            assertThat(db.find(PlaylistTrack.class, org.ar4j.Key.of(2, 101))).isEmpty();
        }
    }
}

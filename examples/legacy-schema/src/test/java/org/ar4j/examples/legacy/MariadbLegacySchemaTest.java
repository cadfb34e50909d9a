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
            assertThat(db.schema().validate(Artist.class, Album.class, Invoice.class).problems()).isEmpty();
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
}

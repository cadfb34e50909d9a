package org.ar4j.examples.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.ar4j.Database;
import org.ar4j.query.Where;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The DBA's schema, created by its own script in a schema of its own, mapped and validated without a change. */
class LegacySchemaTest {
    private static final String SCHEMA = "ar4j_legacy";
    private static String url;

    @BeforeAll
    static void createTheSchema() throws SQLException, IOException {
        String server = ServerUnderTest.url("AR_TEST_POSTGRES_URL");   // skipped, saying so, where it is not set
        String script;
        try (InputStream in = LegacySchemaTest.class.getResourceAsStream("/legacy.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
            s.execute("SET search_path TO " + SCHEMA);
            s.execute(script);
        }
        url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    @Test
    void theMappingValidatesClean() {
        try (Database db = Database.connect(url)) {
            assertThat(db.schema().validate(Language.class, Country.class, Film.class, Rental.class,
                    FilmTitle.class, StaffNote.class, FilmsByRating.class, StockItem.class, Actor.class, FilmActor.class)
                    .problems()).isEmpty();
        }
    }

    /** Who plays in which film: a join table keyed by both its columns, written and read through ar4j. */
    @Test
    void actorsThroughACompositeKeyedJoinTable() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO language (name) VALUES ('Esperanto')");
            s.execute("INSERT INTO film (title, language_id) SELECT 'Film ' || n, language_id FROM language,"
                    + " generate_series(1, 3) n WHERE name = 'Esperanto'");
        }
        try (Database db = Database.connect(url)) {
            java.util.List<Film> films = db.query(Film.class).where(Where.like("title", "Film %"))
                    .orderBy("filmId").all();
            Actor ada = db.bind(() -> new Actor("Ada", "Stone").save());
            Actor ben = db.bind(() -> new Actor("Ben", "Hale").save());
            db.bind(() -> {
                Actor.FILMS.add(ada, films.get(0));
                Actor.FILMS.add(ada, films.get(2));
                Actor.FILMS.add(ben, films.get(2));
                return null;
            });
            assertThat(ada.lastUpdate).as("the database's default, read back by both key parts").isNotNull();
            FilmActor link = db.find(FilmActor.class, org.ar4j.Key.of(ada.actorId, films.get(2).filmId)).orElseThrow();
            assertThat(link.lastUpdate).isNotNull();
            java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
            db.addQueryListener(e -> statements.incrementAndGet());
            java.util.List<Film> loaded = db.query(Film.class).where(Where.like("title", "Film %"))
                    .with("actors").orderBy("filmId").all();
            assertThat(statements.get()).as("films, film_actor rows, actors").isEqualTo(3);
            assertThat(loaded).extracting(f -> db.bind(() -> Film.ACTORS.get(f)).stream().map(a -> a.firstName).toList())
                    .containsExactly(java.util.List.of("Ada"), java.util.List.of(), java.util.List.of("Ada", "Ben"));
            db.bind(() -> {
                Actor.FILMS.remove(ada, films.get(0));
                return null;
            });
            assertThat(db.query(FilmActor.class).count()).isEqualTo(2);
            assertThat(db.schema().validate(Actor.class, FilmActor.class).problems()).isEmpty();
        }
    }

    /** The back office's polymorphic notes: its type names, its index, one query per type. */
    @Test
    void staffNotesOnFilmsAndCountries() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO language (name) VALUES ('Latin')");
            s.execute("INSERT INTO film (title, language_id) SELECT 'Notable Film', language_id FROM language"
                    + " WHERE name = 'Latin'");
            s.execute("INSERT INTO country (country_id, country) VALUES (250, 'France')");
            s.execute("INSERT INTO staff_note (notable_type, notable_id, note) SELECT 'film', film_id, 'restock'"
                    + " FROM film WHERE title = 'Notable Film'");
            s.execute("INSERT INTO staff_note (notable_type, notable_id, note) VALUES ('country', 250, 'new tax')");
        }
        try (Database db = Database.connect(url)) {
            java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
            db.addQueryListener(e -> statements.incrementAndGet());
            java.util.List<StaffNote> notes = db.query(StaffNote.class).with("notable").orderBy("noteId").all();
            assertThat(statements.get()).as("notes, films, countries").isEqualTo(3);
            assertThat(notes).extracting(n -> n.notable().getClass().getSimpleName()).containsExactly("Film", "Country");
            Film film = (Film) notes.get(0).notable();
            assertThat(film.title).isEqualTo("Notable Film");
            assertThat(db.bind(() -> Film.NOTES.get(film))).extracting(n -> n.note).containsExactly("restock");
            StaffNote more = new StaffNote("check spelling");
            db.bind(() -> {
                StaffNote.NOTABLE.set(more, notes.get(1).notable());
                return more.save();
            });
            assertThat(db.query(StaffNote.class).where("notableType", "country").count()).isEqualTo(2);
            FilmsByRating byRating = db.query(FilmsByRating.class).where("rating", Film.Rating.G).one();
            assertThat(byRating.films).as("a keyless view's row").isEqualTo(db.query(Film.class)
                    .where("rating", Film.Rating.G).count());
        }
    }

    /** The stock table's DVDs and Blu-rays, each row read as its class; new rows get the back office's kinds. */
    @Test
    void stockItemsByKind() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO language (name) VALUES ('Greek')");
            s.execute("INSERT INTO film (title, language_id) SELECT 'Stocked Film', language_id FROM language"
                    + " WHERE name = 'Greek'");
            s.execute("INSERT INTO stock_item (kind, film_id, region_code) SELECT 'dvd', film_id, 2 FROM film"
                    + " WHERE title = 'Stocked Film'");
            s.execute("INSERT INTO stock_item (kind, film_id, resolution) SELECT 'bluray', film_id, '1080p' FROM film"
                    + " WHERE title = 'Stocked Film'");
        }
        try (Database db = Database.connect(url)) {
            java.util.List<StockItem> items = db.query(StockItem.class).with("film").orderBy("itemId").all();
            assertThat(items).extracting(i -> i.getClass().getSimpleName()).containsExactly("Dvd", "BluRay");
            assertThat(((StockItem.Dvd) items.get(0)).regionCode).isEqualTo((short) 2);
            assertThat(items.get(1).film().title).isEqualTo("Stocked Film");
            StockItem.BluRay more = new StockItem.BluRay();
            more.filmId = items.get(0).filmId;
            more.resolution = "2160p";
            db.bind(() -> more.save());
            assertThat(db.query(StockItem.class).ofType(StockItem.BluRay.class).pluck("resolution", String.class))
                    .containsExactly("1080p", "2160p");
            assertThat(db.query(StockItem.class).where("kind", "bluray").count()).isEqualTo(2);
        }
    }

    /** The view's ratings through an enum whose constants are not the type's labels. */
    @org.ar4j.Table(value = "film_titles", readOnly = true)
    public static class UnlabelledRatings extends org.ar4j.ActiveRecord<UnlabelledRatings> {
        @org.ar4j.Id public Integer filmId;
        public Rating rating;

        /** G and PG match the labels; PG_13 is not 'PG-13'. */
        public enum Rating { G, PG, PG_13 }
    }

    @Test
    void anEnumWhoseValuesAreNotTheTypesLabelsIsReported() {
        try (Database db = Database.connect(url)) {
            assertThat(db.schema().validate(UnlabelledRatings.class).problems())
                    .singleElement().satisfies(p -> assertThat(p.toString()).contains("TYPE_MISMATCH")
                            .contains("UnlabelledRatings.rating").contains("[PG_13]").contains("PG-13"));
        }
    }

    @Test
    void rowsRoundTripThroughTheDbasTypes() {
        try (Database db = Database.connect(url)) {
            db.bind(() -> {
                Language english = new Language("English");
                english.lastUpdate = java.time.LocalDateTime.of(2026, 1, 2, 3, 4, 5);
                english.save();
                Film film = new Film();
                film.title = "Academy Dinosaur";
                film.releaseYear = 2006;
                film.languageId = english.languageId;
                film.rentalDuration = (short) 6;
                film.rentalRate = new java.math.BigDecimal("0.99");
                film.rating = Film.Rating.PG_13;
                film.lastUpdate = english.lastUpdate;
                film.save();
                new Country(578, "Norway").save();
                return null;
            });
            Language english = db.query(Language.class).where("name", "English").one();
            assertThat(english.name).as("char(20) read without its padding").isEqualTo("English");
            assertThat(db.query(Language.class).where("name", "English").pluck("name", String.class))
                    .as("plucked the same way").containsExactly("English");
            Film film = db.query(Film.class).where("rating", Film.Rating.PG_13).one();
            assertThat(film.rating).as("compared with the enum type's label").isEqualTo(Film.Rating.PG_13);
            assertThat(db.query(Film.class).where(org.ar4j.query.Where.in("rating", Film.Rating.PG_13, Film.Rating.R))
                    .count()).isEqualTo(1);
            assertThat(film.rentalDuration).isEqualTo((short) 6);
            assertThat(film.releaseYear).as("through the domain").isEqualTo(2006);
            assertThat(db.query(Film.class).with("language").where("title", "Academy Dinosaur").one().language().name)
                    .isEqualTo("English");
            FilmTitle title = db.query(FilmTitle.class).where("title", "Academy Dinosaur").one();
            assertThat(title.language).isEqualTo("English");
            assertThat(title.rating).isEqualTo(Film.Rating.PG_13);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.bind(() -> {
                title.delete();
                return null;
            }))
                    .isInstanceOf(org.ar4j.ReadOnlyModelException.class);
            Rental rental = new Rental();
            rental.rentalId = 1_500_000;
            rental.filmId = film.filmId;
            rental.rentedOn = java.time.LocalDate.of(2026, 12, 7);
            db.bind(() -> rental.save());
            assertThat(db.query(Rental.class).with("film").where("rentalId", 1_500_000).one().film().title)
                    .as("a row of the partitioned table, through its parent").isEqualTo("Academy Dinosaur");
            Language bad = new Language("Padded ");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.bind(() -> bad.save()))
                    .isInstanceOf(org.ar4j.ValidationException.class).hasMessageContaining("ends with a space");
            assertThat(db.find(Country.class, 578).orElseThrow().country).isEqualTo("Norway");
        }
    }

    @Test
    void theDatabasesDefaultsFillWhatAnInsertLeavesOut() {
        try (Database db = Database.connect(url)) {
            Film film = db.bind(() -> {
                Language language = new Language("Norwegian").save();
                assertThat(language.lastUpdate).as("now(), read back after the insert").isNotNull();
                Film f = new Film();
                f.title = "Defaults";
                f.languageId = language.languageId;
                return f.save();
            });
            assertThat(film.rentalDuration).isEqualTo((short) 3);
            assertThat(film.rentalRate).isEqualByComparingTo("4.99");
            assertThat(film.rating).isEqualTo(Film.Rating.G);
            assertThat(film.changedFields()).as("the values read back are the stored ones").isEmpty();
            java.util.List<Country> batch = java.util.List.of(new Country(246, "Finland"), new Country(752, "Sweden"));
            db.insertAll(batch);
            assertThat(batch).allMatch(c -> c.lastUpdate != null);
        }
    }
}

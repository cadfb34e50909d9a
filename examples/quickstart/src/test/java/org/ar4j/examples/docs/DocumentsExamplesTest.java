package org.ar4j.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ar4j.Database;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of docs/documents.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class DocumentsExamplesTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.connect("jdbc:sqlite::memory:");
        db.makeDefault();
        db.schema().create(Shopper.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void embeddedValues() {
        // tag::embedded[]
        Shopper ada = new Shopper();
        ada.name = "Ada";
        ada.home = new Shopper.Address("Main St 1", "Oslo", new Shopper.Geo(59.91, 10.75));
        ada.save();
        Shopper found = Shopper.query(Shopper.class)
                .where(Where.eq("home.city", "Oslo"))                 // a field inside the value, by path
                .where(Shopper_.home.geo.lat.gt(59.0))                // typed, through the metamodel
                .orderBy(Order.asc("home.street"))
                .one();
        assertThat(found.home.geo().lon()).isEqualTo(10.75);
        assertThat(found.shipping).as("all columns null: a null value").isNull();
        found.home = new Shopper.Address("Main St 1", "Bergen", found.home.geo());
        assertThat(found.changedFields()).containsExactly("home.city"); // tracked by value, field by field
        // end::embedded[]
    }

    @Test
    void jsonFields() {
        // tag::json[]
        Shopper bo = new Shopper();
        bo.name = "Bo";
        bo.preferences = new Shopper.Preferences("nb", true, List.of("acme", "zeta"));
        bo.extra = Map.of("size", 42, "vip", true, "notes", List.of("gift"));
        bo.tags = new ArrayList<>(List.of("early", "north"));
        bo.save();

        assertThat(Shopper.query(Shopper.class).where(Where.eq("preferences.language", "nb")).count()).isEqualTo(1);
        assertThat(Shopper.query(Shopper.class).where(Where.ge("extra.size", 40)).count()).isEqualTo(1);
        assertThat(Shopper.query(Shopper.class).where(Where.contains("tags", "north")).count()).isEqualTo(1);
        assertThat(Shopper.query(Shopper.class).where(Where.contains("preferences.brands", "acme")).count())
                .isEqualTo(1);
        assertThat(Shopper.query(Shopper.class).where(Where.eq("extra.size", "42")).count())
                .as("a string is not a number: no match").isZero();

        Shopper loaded = Shopper.query(Shopper.class).where(Where.eq("name", "Bo")).one();
        loaded.tags.add("vip");                                   // changed in place
        assertThat(loaded.changedFields()).containsExactly("tags");
        loaded.save();
        // end::json[]
        assertThat(Shopper.query(Shopper.class).where(Where.contains("tags", "vip")).count()).isEqualTo(1);
    }

    @Test
    void pathIndexes() {
        // tag::path-index[]
        // Shopper declares @Json(indexed = "language") on preferences: create and migrate make the index,
        // validate checks it, and an equality on the path is answered from it.
        assertThat(db.schema().validate(Shopper.class).isClean()).isTrue();
        List<String> statements = new ArrayList<>();
        db.addQueryListener(e -> statements.add(e.text()));
        Shopper.query(Shopper.class).where(Where.eq("preferences.language", "nb")).count();
        assertThat(statements.get(0)).contains("json_extract(\"preferences\", '$.\"language\"') = ?");
        // end::path-index[]
    }
}

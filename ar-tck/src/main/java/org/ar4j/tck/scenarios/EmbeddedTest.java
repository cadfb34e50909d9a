package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.Embedded;
import org.ar4j.Id;
import org.ar4j.ModelDefinitionException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Customer;
import org.ar4j.tck.fixtures.Customer.Address;
import org.ar4j.tck.fixtures.Customer.Contact;
import org.ar4j.tck.fixtures.Customer.Position;
import org.ar4j.tck.fixtures.Customer_;
import org.ar4j.tck.fixtures.Depot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Embedded} values: stored in the model's row (prefixed columns, or a subdocument), nullable as a whole. */
@Tag("documents")
class EmbeddedTest extends TckScenario {
    private static final long SEED = 20261209L;
    private static final String[] CITIES = {"Oslo", "Zürich", "東京", "São Paulo", "oslo", "Ørsta", "Berlin"};

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    /** A random address with nulls at every level, the all-null one (read back as null) included. */
    private static Address address(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> null;
            case 1 -> new Address(null, null, null);
            case 2 -> new Address("Main St " + r.nextInt(100), pick(r, CITIES), null);
            case 3 -> new Address(null, pick(r, CITIES), new Position(null, r.nextDouble() * 360 - 180));
            default -> new Address("Rue " + r.nextInt(1000), pick(r, CITIES),
                    new Position(r.nextDouble() * 180 - 90, r.nextDouble() * 360 - 180));
        };
    }

    /** What a stored value reads back as: a value whose fields are all null is null, at every level. */
    private static Address stored(Address a) {
        if (a == null) {
            return null;
        }
        Position p = a.position() == null || a.position().lat() == null && a.position().lon() == null ? null : a.position();
        return a.street() == null && a.city() == null && p == null ? null : new Address(a.street(), a.city(), p);
    }

    private static String city(Customer c) {
        return c.address == null ? null : c.address.city();
    }

    @Test
    @DisplayName("seeded embedded values round-trip (nulls at every level, unicode), filter and order by path")
    void seededRoundTripAndQueries() {
        Random random = new Random(SEED);
        List<Customer> saved = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Customer c = new Customer("c" + i);
            c.address = address(random);
            c.billing = address(random);
            c.contact = random.nextBoolean() ? null : new Contact(random.nextBoolean() ? "c" + i + "@example.com" : null,
                    random.nextBoolean() ? random.nextInt(50) - 5 : null);
            saved.add(c.save());
        }
        for (Customer c : saved) {
            Customer back = observer().find(Customer.class, c.id).orElseThrow();
            assertThat(back.address).as("seed " + SEED + ", " + c.name).isEqualTo(stored(c.address));
            assertThat(back.billing).as("the same type under another prefix").isEqualTo(stored(c.billing));
            Contact contact = c.contact == null || c.contact.email == null && c.contact.floor == null ? null : c.contact;
            assertThat(back.contact).isEqualTo(contact);
        }
        for (String city : CITIES) {
            List<Long> want = saved.stream().filter(c -> city.equals(city(c))).map(c -> c.id).sorted().toList();
            assertThat(Customer.query().where(Where.eq("address.city", city)).orderBy("id").pluck("id", Long.class))
                    .as("address.city = " + city).isEqualTo(want);
            assertThat(Customer.query().where(Customer_.address.city.eq(city)).count()).isEqualTo(want.size());
        }
        List<Long> noCity = saved.stream().filter(c -> city(c) == null).map(c -> c.id).sorted().toList();
        assertThat(Customer.query().where(Where.isNull("address.city")).orderBy("id").pluck("id", Long.class))
                .as("a null value has null fields").isEqualTo(noCity);
        List<Long> north = saved.stream().filter(c -> c.address != null && c.address.position() != null
                && c.address.position().lat() != null && c.address.position().lat() > 0).map(c -> c.id).sorted().toList();
        assertThat(Customer.query().where(Customer_.address.position.lat.gt(0.0)).orderBy("id").pluck("id", Long.class))
                .as("two levels deep").isEqualTo(north);
        List<String> cities = Customer.query().where(Where.isNotNull("address.city"))
                .orderBy(Order.asc("address.city"), Order.asc("id")).pluck("address.city", String.class);
        assertThat(cities).as("ordered by a path, by code point").isSortedAccordingTo(Comparator.naturalOrder())
                .hasSize(saved.size() - noCity.size());
        Function<Customer, Integer> floor = c -> c.contact == null ? null : c.contact.floor;
        long upstairs = saved.stream().map(floor).filter(Objects::nonNull).filter(f -> f >= 10).count();
        assertThat(Customer.query().where(Customer_.contact.floor.ge(10)).count()).isEqualTo(upstairs);
    }

    @Test
    @DisplayName("embedded values are tracked by value: equal values are no change, in-place changes are")
    void changeTrackingByValue() {
        Customer c = new Customer("ann");
        c.address = new Address("Main St 1", "Oslo", new Position(59.9, 10.7));
        c.contact = new Contact("ann@example.com", 3);
        c.save();
        c.address = new Address("Main St 1", "Oslo", new Position(59.9, 10.7));
        assertThat(c.changedFields()).as("an equal record").isEmpty();
        c.address = new Address("Main St 1", "Bergen", new Position(59.9, 10.7));
        c.contact.floor = 4;
        assertThat(c.changedFields()).containsExactlyInAnyOrder("address.city", "contact.floor");
        queries.reset();
        c.save();
        assertThat(queries.events()).filteredOn(e -> !e.isRead()).hasSize(1);
        Customer back = observer().find(Customer.class, c.id).orElseThrow();
        assertThat(back.address.city()).isEqualTo("Bergen");
        assertThat(back.contact.floor).isEqualTo(4);
        c.address = null;
        c.save();
        assertThat(observer().find(Customer.class, c.id).orElseThrow().address).as("null as a whole").isNull();
        assertThat(c.changedFields()).isEmpty();
    }

    @Test
    @DisplayName("a bad value inside an embedded value is refused naming the path; record and row unchanged")
    void badLeafValueWritesNothing() {
        Customer c = new Customer("bob");
        c.address = new Address("Short St", "Oslo", null);
        c.save();
        Address before = c.address;
        c.address = new Address("x".repeat(61), "Oslo", null);
        assertThatThrownBy(c::save).isInstanceOf(Ar4jException.class).hasMessageContaining("address.street");
        assertThat(c.address.street()).hasSize(61);
        assertThat(observer().find(Customer.class, c.id).orElseThrow().address).isEqualTo(before);
        c.address = before;
        assertThat(c.changedFields()).isEmpty();
    }

    @Test
    @DisplayName("one value type in two models; the schema of embedded columns validates clean")
    void oneTypeTwoModelsAndSchema() {
        new Depot("D1", new Address("Dock 1", "Oslo", new Position(1.0, 2.0))).save();
        new Customer("c").save();
        assertThat(Depot.query().where(Where.eq("address.city", "Oslo")).one().address.position())
                .isEqualTo(new Position(1.0, 2.0));
        assertThat(db.schema().validate(Customer.class, Depot.class).isClean()).isTrue();
        assertThat(Customer.query().select(Customer_.name, Customer_.address.city).tuples()).hasSize(1);
    }

    @Test
    @DisplayName("migrate adds an embedded value's columns to an existing table; validate is clean after")
    void migrateAddsEmbeddedColumns() {
        db.schema().dropIfExists(Depot.class);
        db.schema().create(org.ar4j.tck.fixtures.drift.DepotV1.class);
        try {
            db.bind(() -> new org.ar4j.tck.fixtures.drift.DepotV1("D0").save());
            boolean tables = db.supports(org.ar4j.Capability.RAW_SQL) || db.supports(org.ar4j.Capability.FOREIGN_KEYS);
            if (tables) {
                assertThat(db.schema().validate(Depot.class).problems()).as("the value's columns are missing")
                        .isNotEmpty();
            }
            db.schema().migrate(Depot.class);
            assertThat(db.schema().validate(Depot.class).isClean()).isTrue();
            Depot old = Depot.query().one();
            assertThat(old.address).as("a row from before: a null value").isNull();
            old.address = new Address("Dock 2", "Oslo", new Position(1.5, null));
            old.save();
            assertThat(observer().find(Depot.class, old.id).orElseThrow().address)
                    .isEqualTo(new Address("Dock 2", "Oslo", new Position(1.5, null)));
        } finally {
            db.schema().dropIfExists(Depot.class);
            db.schema().create(Depot.class);
        }
    }

    /** An @Embedded field of a type that is no value of fields. */
    @org.ar4j.Table("tck_bad_embedded")
    public static class BadEmbedded extends ActiveRecord<BadEmbedded> {
        @Id public Long id;
        @Embedded public List<String> tags;
    }

    @Test
    @DisplayName("embedding what is no value of fields is refused naming model, field and fix")
    void unsupportedShapesAreRefused() {
        assertThatThrownBy(() -> db.query(BadEmbedded.class).count()).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("BadEmbedded.tags").hasMessageContaining("record");
    }
}

package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.ar4j.ActiveRecord;
import org.ar4j.ConversionException;
import org.ar4j.LoadMode;
import org.ar4j.QueryException;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Car;
import org.ar4j.tck.fixtures.Garage;
import org.ar4j.tck.fixtures.Remark;
import org.ar4j.tck.fixtures.SportsCar;
import org.ar4j.tck.fixtures.Truck;
import org.ar4j.tck.fixtures.User;
import org.ar4j.tck.fixtures.Vehicle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Single-table inheritance: vehicles, cars, sports cars and trucks in one table, each row read back as its class.
 * Seeded random vehicles are checked against an in-memory list of what was saved.
 */
@Tag("relations")
class InheritanceTest extends TckScenario {
    private final Random rnd = new Random(20261207L);
    /** The oracle: id to a description of the saved record (class and fields). */
    private final Map<Long, String> saved = new LinkedHashMap<>();
    private final List<Garage> garages = new ArrayList<>();
    private User driver;

    private static String describe(Vehicle v) {
        String d = v.getClass().getSimpleName() + " " + v.name + " garage " + v.garageId;
        if (v instanceof SportsCar s) {
            d += " seats " + s.seats + " top " + s.topSpeed;
        } else if (v instanceof Car c) {
            d += " seats " + c.seats;
        } else if (v instanceof Truck t) {
            d += " payload " + t.payload + " driver " + t.driverId;
        }
        return d;
    }

    private void seed(int n) {
        seed(Collections.nCopies(n, null));
    }

    /** Saves one random vehicle per id given (null: generated), in that order. */
    private void seed(List<Long> ids) {
        driver = new User("driver");
        driver.save();
        for (int g = 0; g < 3; g++) {
            Garage garage = new Garage("garage " + g);
            garage.save();
            garages.add(garage);
        }
        for (int i = 0; i < ids.size(); i++) {
            Vehicle v = switch (rnd.nextInt(4)) {
                case 0 -> new Vehicle();
                case 1 -> car(new Car());
                case 2 -> {
                    SportsCar s = car(new SportsCar());
                    s.topSpeed = rnd.nextBoolean() ? null : 200 + rnd.nextInt(150);
                    yield s;
                }
                default -> {
                    Truck t = new Truck();
                    t.payload = rnd.nextBoolean() ? null : (long) rnd.nextInt(40_000);
                    t.driverId = rnd.nextBoolean() ? driver.id : null;
                    yield t;
                }
            };
            v.id = ids.get(i);
            v.name = "vehicle " + i;
            v.garageId = rnd.nextInt(4) == 0 ? null : garages.get(rnd.nextInt(3)).id;
            v.save();
            saved.put(v.id, describe(v));
        }
    }

    private <C extends Car> C car(C c) {
        c.seats = 2 + rnd.nextInt(6);
        return c;
    }

    private List<String> expected(Class<?> type) {
        return saved.values().stream().filter(d -> type == Vehicle.class || d.startsWith(type.getSimpleName() + " ")
                || (type == Car.class && d.startsWith("SportsCar "))).toList();
    }

    @Test
    @DisplayName("a query over the root returns every row as its class; ofType returns one class and its subclasses")
    void queriesReturnEachRowAsItsClass() {
        seed(40);
        assertThat(ActiveRecord.query(Vehicle.class).orderBy("id").all()).extracting(InheritanceTest::describe)
                .containsExactlyElementsOf(expected(Vehicle.class));
        List<Car> cars = ActiveRecord.query(Vehicle.class).ofType(Car.class).orderBy("id").all();
        assertThat(cars).extracting(InheritanceTest::describe).containsExactlyElementsOf(expected(Car.class));
        assertThat(ActiveRecord.query(Vehicle.class).ofType(Truck.class).count()).isEqualTo(expected(Truck.class).size());
        assertThat(ActiveRecord.query(Vehicle.class).ofType(SportsCar.class).pluck("id", Long.class))
                .hasSize(expected(SportsCar.class).size());
        long roomy = expected(Car.class).stream()
                .filter(d -> Integer.parseInt(d.split("seats ")[1].split(" ")[0]) >= 5).count();
        assertThat(ActiveRecord.query(Vehicle.class).ofType(Car.class).where(Where.ge("seats", 5)).all())
                .allSatisfy(c -> assertThat(c.seats).isGreaterThanOrEqualTo(5)).hasSize((int) roomy);
        assertThat(observer().query(Vehicle.class).where("type", "truck").count())
                .as("the discriminator holds the @TypeName").isEqualTo(expected(Truck.class).size());
        assertThat(db.schema().validate(Vehicle.class, Car.class, Truck.class).problems()).isEmpty();
    }

    @Test
    @DisplayName("find by id on the root returns the subclass instance; updates write subclass fields")
    void findAndUpdate() {
        seed(12);
        long id = saved.entrySet().stream().filter(e -> e.getValue().startsWith("Truck ")).findFirst().orElseThrow()
                .getKey();
        Vehicle found = ActiveRecord.findOrFail(Vehicle.class, id);
        assertThat(found).isInstanceOf(Truck.class);
        Truck t = (Truck) found;
        t.payload = 12_345L;
        t.name = "renamed";
        t.save();
        Truck fresh = (Truck) observer().find(Vehicle.class, id).orElseThrow();
        assertThat(fresh.payload).isEqualTo(12_345L);
        assertThat(fresh.name).isEqualTo("renamed");
        assertThat(fresh.type).isEqualTo("truck");
        assertThat(ActiveRecord.query(Vehicle.class).ofType(Car.class).where("id", id).first()).as("not a car").isEmpty();
        t.delete();
        assertThat(observer().find(Vehicle.class, id)).isEmpty();
    }

    @Test
    @DisplayName("relations on the root and on a subclass: eager over mixed rows, lazy peers of one class")
    void relationsOnTheRootAndOnASubclass() {
        seed(30);
        List<Vehicle> all = queries.measure(() -> ActiveRecord.query(Vehicle.class).with("garage").all());
        assertThat(queries.count()).isEqualTo(2);
        assertThat(queries.during(() -> all.forEach(v -> assertThat(v.garage() == null).isEqualTo(v.garageId == null))))
                .isZero();
        List<Truck> trucks = queries.measure(() -> ActiveRecord.query(Vehicle.class).ofType(Truck.class).with("driver")
                .all());
        assertThat(queries.count()).isEqualTo(trucks.stream().anyMatch(x -> x.driverId != null) ? 2 : 1);
        List<Vehicle> mixed = ActiveRecord.query(Vehicle.class).loadMode(LoadMode.PEERS).orderBy("id").all();
        Truck first = mixed.stream().filter(v -> v instanceof Truck x && x.driverId != null).map(Truck.class::cast)
                .findFirst().orElseThrow();
        assertThat(queries.during(first::driver)).as("one query for the trucks among the peers").isEqualTo(1);
        assertThat(queries.during(() -> mixed.stream().filter(Truck.class::isInstance).map(Truck.class::cast)
                .forEach(Truck::driver))).isZero();
        Garage g = garages.get(0);
        assertThat(g.vehicles()).extracting(InheritanceTest::describe).containsExactlyInAnyOrderElementsOf(
                saved.values().stream().filter(d -> d.contains(" garage " + g.id + " ") || d.endsWith(" garage " + g.id))
                        .toList());
    }

    @Test
    @DisplayName("children of mixed classes that arrive out of id order come back in id order, eager and one by one")
    void childrenOutOfIdOrder() {
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= 40; i++) {
            ids.add(1_000_000_000L + i);   // above any id a generator gives in a run
        }
        Collections.shuffle(ids, rnd);
        seed(ids);   // rows stored in shuffled order: heap and document order are not id order
        TreeMap<Long, String> byId = new TreeMap<>(saved);
        List<Garage> eager = ActiveRecord.query(Garage.class).with("vehicles").orderBy("id").all();
        List<Garage> oneByOne = ActiveRecord.query(Garage.class).loadMode(LoadMode.ONE).orderBy("id").all();
        for (List<Garage> read : List.of(eager, oneByOne)) {
            assertThat(read).hasSize(3);
            for (Garage g : read) {
                List<String> expected = byId.values().stream().filter(d -> d.endsWith(" garage " + g.id)
                        || d.contains(" garage " + g.id + " ")).toList();
                assertThat(g.vehicles()).extracting(InheritanceTest::describe).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    @DisplayName("a row whose discriminator names no class is refused on read, naming it; a wrong ofType is refused")
    void unknownDiscriminatorAndBadOfType() {
        seed(6);
        long id = saved.keySet().iterator().next();
        observer().query(Vehicle.class).where("id", id).updateAll(Map.of("type", "Hovercraft"));
        assertThatThrownBy(() -> ActiveRecord.query(Vehicle.class).all()).isInstanceOf(ConversionException.class)
                .hasMessageContaining("'Hovercraft'").hasMessageContaining("Vehicle.type").hasMessageContaining("truck");
        assertThatThrownBy(() -> ActiveRecord.query(Garage.class).ofType(Garage.class)).isInstanceOf(QueryException.class)
                .hasMessageContaining("@Inheritance");
    }

    @Test
    @DisplayName("insertAll stamps each class; a failed insert of a subclass leaves the row and the record as they were")
    void batchInsertsAndAFailedInsert() {
        Car car = new Car();
        car.name = "batch car";
        car.seats = 4;
        Truck truck = new Truck();
        truck.name = "batch truck";
        ActiveRecord.insertAll(List.of(car, truck));
        assertThat(ActiveRecord.query(Vehicle.class).orderBy("id").all()).extracting(InheritanceTest::describe)
                .containsExactly(describe(car), describe(truck));
        assertThat(observer().query(Vehicle.class).orderBy("id").pluck("type", String.class)).containsExactly("Car", "truck");
        Car twin = new Car();
        twin.id = car.id;   // the car's key again
        twin.name = "twin";
        twin.seats = 9;
        assertThatThrownBy(twin::save).isInstanceOf(org.ar4j.ConstraintViolationException.class);
        assertThat(twin.isNewRecord()).isTrue();
        Car stored = ActiveRecord.query(Vehicle.class).ofType(Car.class).where("id", car.id).one();
        assertThat(stored.name).isEqualTo("batch car");
        assertThat(stored.seats).isEqualTo(4);
        assertThat(observer().query(Vehicle.class).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("a MorphTo to the root stores its name for every subclass and reads the subclass back")
    void polymorphicRelationsToAHierarchy() {
        Truck truck = new Truck();
        truck.name = "remarked";
        truck.payload = 7L;
        truck.save();
        Remark r = new Remark("needs tyres");
        Remark.SUBJECT.set(r, truck);
        r.save();
        assertThat(observer().find(Remark.class, r.id).orElseThrow().subjectType).isEqualTo("Vehicle");
        Remark read = ActiveRecord.query(Remark.class).with("subject").one();
        assertThat(read.subject()).isInstanceOf(Truck.class);
        assertThat(((Truck) read.subject()).payload).isEqualTo(7L);
        Truck again = ActiveRecord.query(Vehicle.class).ofType(Truck.class).with("remarks").one();
        assertThat(Vehicle.REMARKS.get(again)).extracting(x -> x.body).containsExactly("needs tyres");
    }
}

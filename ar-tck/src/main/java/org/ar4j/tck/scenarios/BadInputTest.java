package org.ar4j.tck.scenarios;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ar4j.ActiveRecord;
import org.ar4j.Ar4jException;
import org.ar4j.ArgumentException;
import org.ar4j.ModelDefinitionException;
import org.ar4j.QueryException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.AllTypes;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.User;
import org.ar4j.tck.fixtures.broken.BadIdType;
import org.ar4j.tck.fixtures.broken.BadType;
import org.ar4j.tck.fixtures.broken.FinalField;
import org.ar4j.tck.fixtures.broken.NoId;
import org.ar4j.tck.fixtures.broken.PrimitiveKeyPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input fails with a clear message and changes nothing. */
@Tag("bad-input")
class BadInputTest extends TckScenario {

    @BeforeEach
    void seed() {
        new User("keep").save();
    }

    private void unchanged() {
        assertThat(User.query().pluck("username", String.class)).containsExactly("keep");
    }

    @Test
    @DisplayName("an unknown field in where names the model, lists its fields and suggests the closest")
    void unknownWhereField() {
        queries.reset();
        assertThatThrownBy(() -> User.query().where("usrname", "x").all()).isInstanceOf(QueryException.class)
                .hasMessageContaining("Unknown field 'usrname' on model User")
                .hasMessageContaining("username")
                .hasMessageContaining("email")
                .hasMessageContaining("Did you mean 'username'?");
        assertThat(queries.count()).isZero();
        unchanged();
    }

    @Test
    @DisplayName("an unknown field in orderBy or pluck is a QueryException before any query")
    void unknownOrderField() {
        queries.reset();
        assertThatThrownBy(() -> User.query().orderBy(Order.desc("emial")).all()).isInstanceOf(QueryException.class)
                .hasMessageContaining("Did you mean 'email'?");
        assertThatThrownBy(() -> User.query().orderBy("nope")).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> User.query().pluck("nope", String.class)).isInstanceOf(QueryException.class);
        assertThat(queries.count()).isZero();
    }

    @Test
    @DisplayName("a value of the wrong type names the field, its type and the value's type")
    void wrongValueType() {
        assertThatThrownBy(() -> Post.query().where("score", "ten").all()).isInstanceOf(QueryException.class)
                .hasMessageContaining("Post.score").hasMessageContaining("int").hasMessageContaining("String");
        assertThatThrownBy(() -> ActiveRecord.query(AllTypes.class).where("at", "2020-01-01").all())
                .isInstanceOf(QueryException.class).hasMessageContaining("AllTypes.at").hasMessageContaining("Instant");
        assertThatThrownBy(() -> ActiveRecord.query(AllTypes.class).where("mood", "GRUMPY").all())
                .isInstanceOf(QueryException.class).hasMessageContaining("AllTypes.mood");
        assertThatThrownBy(() -> Post.query().where("score", 3_000_000_000L).all()).isInstanceOf(QueryException.class);
        unchanged();
    }

    @Test
    @DisplayName("null into a primitive field is rejected and nothing changes")
    void nullIntoPrimitive() {
        new Post(User.query().one(), "p").save();
        Map<String, Object> values = new HashMap<>();
        values.put("score", null);
        queries.reset();
        assertThatThrownBy(() -> Post.query().updateAll(values)).isInstanceOf(QueryException.class)
                .hasMessageContaining("Post.score").hasMessageContaining("primitive").hasMessageContaining("Integer");
        assertThat(queries.count()).isZero();
        assertThat(Post.query().one().score).isZero();
    }

    @Test
    @DisplayName("comparing with null is refused: isNull is the way")
    void compareWithNull() {
        assertThatThrownBy(() -> Where.eq("email", null)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("Where.isNull(\"email\")");
        assertThatThrownBy(() -> Where.ne("email", null)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("Where.isNotNull(\"email\")");
    }

    @Test
    @DisplayName("a missing @Id fails on first use naming the model and the fix")
    void missingId() {
        assertThatThrownBy(() -> ActiveRecord.query(NoId.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("NoId has no @Id field").hasMessageContaining("@Id public Long id");
    }

    @Test
    @DisplayName("a primitive part of a composite key fails naming the part and the fix")
    void primitiveKeyPart() {
        assertThatThrownBy(() -> ActiveRecord.query(PrimitiveKeyPart.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("PrimitiveKeyPart.lineNo").hasMessageContaining("composite key")
                .hasMessageContaining("Integer");
    }

    @Test
    @DisplayName("an unsupported field type fails naming the field, the supported types and @Transient")
    void unsupportedType() {
        assertThatThrownBy(() -> ActiveRecord.query(BadType.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("BadType.tags").hasMessageContaining("java.util.Map")
                .hasMessageContaining("Supported").hasMessageContaining("@Transient");
    }

    @Test
    @DisplayName("a final mapped field and an id of an unsupported type fail clearly")
    void finalAndBadId() {
        assertThatThrownBy(() -> ActiveRecord.query(FinalField.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("FinalField.name").hasMessageContaining("final");
        assertThatThrownBy(() -> ActiveRecord.query(BadIdType.class)).isInstanceOf(ModelDefinitionException.class)
                .hasMessageContaining("BadIdType.id").hasMessageContaining("Long or Integer");
    }

    @Test
    @DisplayName("negative limit or offset is a QueryException")
    void negativePaging() {
        assertThatThrownBy(() -> User.query().limit(-1)).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> User.query().offset(-1)).isInstanceOf(QueryException.class);
    }

    @TestFactory
    Stream<DynamicTest> rawSql() {
        return CapabilityGate.scenario(db, Capability.RAW_SQL, "whereRaw binds its parameters", () -> {
            assertThat(User.query().whereRaw("username = ?", "keep").count()).isEqualTo(1);
            assertThat(User.query().whereRaw("username = ?", "keep' OR '1'='1").count()).isZero();
            unchanged();
        }, () -> {
            queries.reset();
            assertThatThrownBy(() -> User.query().whereRaw("username = ?", "keep"))
                    .isInstanceOf(UnsupportedCapabilityException.class)
                    .hasMessageContaining(db.backendName()).hasMessageContaining("RAW_SQL");
            assertThat(queries.count()).isZero();
        });
    }

    private record Call(String name, ThrowingCallable call, String mentions) {
    }

    @Test
    @DisplayName("every public method refuses a null or out-of-range argument with an ar4j exception naming it and the"
            + " fix, before any statement")
    void nullAndOutOfRangeArguments() {
        List<Call> calls = List.of(
                new Call("page(Integer.MAX_VALUE)", () -> User.query().page(Integer.MAX_VALUE), "size"),
                new Call("insertAll(null)", () -> db.insertAll(null), "insertAll"),
                new Call("ActiveRecord.insertAll(null)", () -> ActiveRecord.insertAll((List<User>) null), "insertAll"),
                new Call("insertAll([null])", () -> db.insertAll(Arrays.asList(new User("n"), null)), "null"),
                new Call("ActiveRecord.insertAll([null])", () -> ActiveRecord.insertAll(Arrays.asList((User) null)), "null"),
                new Call("upsertAll(null)", () -> db.upsertAll(null, "username"), "upsertAll"),
                new Call("upsertAll([null])", () -> db.upsertAll(Arrays.asList((User) null), "username"), "null"),
                new Call("updateAll(null)", () -> User.query().updateAll((java.util.Map<String, ?>) null), "updateAll"),
                new Call("withCount(null)", () -> User.query().withCount((String) null), "relation"),
                new Call("pluck(k, null)", () -> User.query().pluck("username", null), "type"),
                new Call("sum(k, null)", () -> Post.query().sum("score", null), "type"),
                new Call("orderBy((Order) null)", () -> User.query().orderBy((Order) null), "Order.asc"),
                new Call("orderBy((String) null)", () -> User.query().orderBy((String) null), "field"),
                new Call("Where.in(k, 1, null)", () -> Where.in("id", 1, null), "Where.isNull"),
                new Call("Where.in(k, (Collection) null)", () -> Where.in("id", (List<Object>) null), "values"),
                new Call("Where.between(k, null, 3)", () -> Where.between("id", null, 3), "Where.le"),
                new Call("Where.like(k, null)", () -> Where.like("username", null), "Where.isNull"),
                new Call("Where.has(null)", () -> Where.has((String) null), "relation"),
                new Call("Where.not(null)", () -> Where.not(null), "Where.not"),
                new Call("Where.and(a, null)", () -> Where.and(Where.isNull("email"), null), "Where.and"),
                new Call("where(null, 1)", () -> User.query().where(null, 1), "field"),
                new Call("groupBy(null)", () -> User.query().groupBy((String[]) null), "field"),
                new Call("readYourWrites(null, work)", () -> db.readYourWrites(null, () -> 1), "lastWrite"),
                new Call("transaction(null)", () -> db.transaction(null), "work"),
                new Call("inTransaction(null)", () -> db.inTransaction(null), "work"));
        for (Call c : calls) {
            queries.reset();
            assertThatThrownBy(c.call()).as(c.name()).isInstanceOf(Ar4jException.class)
                    .hasMessageContaining(c.mentions());
            assertThat(queries.count()).as(c.name() + ": no statement").isZero();
            assertThat(queries.transactionControl()).as(c.name() + ": not even a BEGIN").isEmpty();
        }
        assertThat(observer().query(User.class).pluck("username", String.class)).containsExactly("keep");
    }
}

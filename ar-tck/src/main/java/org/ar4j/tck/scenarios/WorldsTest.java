package org.ar4j.tck.scenarios;

import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ar4j.Database;
import org.ar4j.DatabaseBuilder;
import org.ar4j.Capability;
import org.ar4j.tck.QueryCounter;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Tag;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
/**
 * One Database, one world (Database's javadoc): with two databases open in one JVM on this backend, model statics
 * use the database the stated order gives (open transaction, thread binding, model binding, default stack) and
 * every statement runs on that database only, checked through each database's own query listener, across
 * alternating statics, transactions, streams and threads.
 */
@org.junit.jupiter.api.Tag("worlds")
@SuppressWarnings("try") // a binding is used by being open: its variable is never read
class WorldsTest extends TckScenario {
    private Database other;
    private final QueryCounter onOther = new QueryCounter();

    @BeforeEach
    void openOther() {
        other = open();
        other.addQueryListener(onOther);
    }

    @AfterEach
    void closeOther() {
        other.close();
        db.makeDefault();
    }

    private Database open() {
        DatabaseBuilder b = Database.builder().url(backend.url()).backend(backend.backend());
        backend.properties().forEach(b::property);
        return b.build();
    }

    /** Runs {@code statics}, a model-static call, and says which database ran its statements: "db", "other" or both. */
    private String ranOn(Runnable statics) {
        queries.reset();
        onOther.reset();
        statics.run();
        return (queries.count() > 0 ? "db" : "") + (onOther.count() > 0 ? "other" : "");
    }

    @Test
    @DisplayName("thread bindings nest and win over the default; each statement runs on the bound database only")
    void threadBindings() {
        new User("u").save();
        assertThat(ranOn(() -> User.query().count())).as("the default").isEqualTo("db");
        try (Database.Binding outer = other.bindToThread()) {
            assertThat(ranOn(() -> User.query().count())).isEqualTo("other");
            try (Database.Binding inner = db.bindToThread()) {
                assertThat(ranOn(() -> User.query().count())).as("the inner binding").isEqualTo("db");
            }
            assertThat(ranOn(() -> User.query().count())).as("the outer binding again").isEqualTo("other");
            assertThat(ranOn(() -> db.bind(() -> User.query().count()))).isEqualTo("db");
        }
        assertThat(ranOn(() -> User.query().count())).as("unbound: the default again").isEqualTo("db");
        assertThat(ranOn(() -> other.bind(() -> new User("through-other").save()))).isEqualTo("other");
        assertThat(db.query(User.class).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("a binding is per thread: another thread keeps using the default")
    void bindingsArePerThread() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Database.Binding b = other.bindToThread()) {
            String there = pool.submit(() -> ranOn(() -> User.query().count())).get(30, TimeUnit.SECONDS);
            assertThat(there).isEqualTo("db");
            assertThat(ranOn(() -> User.query().count())).isEqualTo("other");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("the database whose transaction is open on this thread wins over a thread binding")
    void openTransactionFirst() {
        if (!db.supports(Capability.TRANSACTIONS)) {
            try (Database.Binding b = other.bindToThread()) {
                assertThat(ranOn(() -> User.query().count())).isEqualTo("other");
            }
            return;
        }
        try (Database.Binding b = other.bindToThread()) {
            db.transaction(() -> assertThat(ranOn(() -> User.query().count())).isEqualTo("db"));
            assertThat(ranOn(() -> User.query().count())).as("after the transaction: the binding").isEqualTo("other");
        }
    }

    @Test
    @DisplayName("a model bound to a database uses it until that database closes; then the default")
    void modelBindingEndsWithItsDatabase() {
        Database third = open();
        QueryCounter onThird = new QueryCounter();
        third.addQueryListener(onThird);
        third.bind(Tag.class);
        onThird.reset();
        assertThat(ranOn(() -> Tag.query().count())).as("not on db nor other").isEmpty();
        assertThat(onThird.count()).isEqualTo(1);
        assertThat(ranOn(() -> User.query().count())).as("other models keep the default").isEqualTo("db");
        try (Database.Binding b = other.bindToThread()) {
            assertThat(ranOn(() -> Tag.query().count())).as("a thread binding wins over a model binding").isEqualTo("other");
        }
        third.close();
        assertThat(ranOn(() -> Tag.query().count())).as("its database closed: the default").isEqualTo("db");
    }

    @Test
    @DisplayName("the open databases form a default stack: closing the default leaves the previous one, never none")
    void defaultStack() {
        other.makeDefault();
        assertThat(ranOn(() -> User.query().count())).isEqualTo("other");
        Database third = open();
        assertThat(ranOn(() -> User.query().count())).as("opening one does not take the default").isEqualTo("other");
        third.makeDefault();
        assertThat(Database.getDefault()).isSameAs(third);
        third.close();
        assertThat(Database.getDefault()).as("the previous default again").isSameAs(other);
        other.close();
        assertThat(Database.getDefault()).as("then the next open one").isSameAs(db);
        assertThat(ranOn(() -> User.query().count())).isEqualTo("db");
    }

    @Test
    @DisplayName("a stream opened through one database keeps reading there while statics alternate")
    void streamsStayWithTheirDatabase() {
        for (int i = 0; i < 5; i++) {
            new User("s" + i).save();
        }
        onOther.reset();
        try (Stream<User> s = other.bind(() -> User.query().orderBy("username").stream())) {
            Iterator<User> it = s.iterator();
            int read = 0;
            while (it.hasNext()) {
                it.next();
                read++;
                assertThat(ranOn(() -> User.query().count())).as("statics meanwhile: the default").isEqualTo("db");
            }
            assertThat(read).isEqualTo(5);
        }
    }
}

package org.ar4j.tck.scenarios;

import java.util.List;
import java.util.stream.Stream;

import org.ar4j.ConfigurationException;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.ConstraintViolationException;
import org.ar4j.Database;
import org.ar4j.TransactionRolledBackException;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.query.Where;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Gadget;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ar4j on the application's DataSource, inside the host framework's transactions ({@link HostHarness}
 * plays the framework): statements run on the host transaction's connection, ar4j's transaction joins
 * it, failures make it roll back, a host rollback restores the records, and ar4j never closes what it
 * did not open. Every outcome is read back through {@link #observer()}, a database of its own.
 */
@Tag("integration")
class DataSourceTest extends TckScenario {

    private Stream<DynamicTest> gated(String name, HostedWork work) {
        Executable whenSupported = hosted(work);
        Executable whenMissing = () -> {
            HostHarness host = new HostHarness("jdbc:unused:");
            assertThatThrownBy(() -> Database.builder().dataSource(host).backend(db.backendName()).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining(db.backendName())
                    .hasMessageContaining("DataSource");
            assertThat(host.openConnections()).isZero();
        };
        return CapabilityGate.scenario(db, Capability.DATA_SOURCE, name, whenSupported, whenMissing);
    }

    /**
     * A hosted scenario that also needs SAVEPOINTS; where the backend has a DataSource but no savepoints,
     * {@code withoutSavepoints} is its negative twin (what ar4j does instead, on the host's transaction).
     */
    private Stream<DynamicTest> gatedWithSavepoints(String name, HostedWork work, HostedWork withoutSavepoints) {
        if (db.supports(Capability.DATA_SOURCE) && !db.supports(Capability.SAVEPOINTS)) {
            return CapabilityGate.scenario(db, Capability.SAVEPOINTS, name, hosted(work), hosted(withoutSavepoints));
        }
        return gated(name, work);
    }

    private Executable hosted(HostedWork work) {
        return () -> {
            HostHarness host = new HostHarness(backend.url());
            Database hosted = Database.builder().dataSource(host).hostTransactions(host).build();
            hosted.makeDefault();
            try {
                work.run(host, hosted);
            } finally {
                host.rollbackIfOpen();
                db.makeDefault();
                hosted.close();
            }
            assertThat(host.openConnections()).as("every connection ar4j borrowed went back; none is left open")
                    .isZero();
        };
    }

    /** A scenario given the host and the database on its DataSource (the default while it runs). */
    private interface HostedWork {
        void run(HostHarness host, Database hosted) throws Exception;
    }

    private List<String> committedUsernames() {
        return observer().query(User.class).orderBy("username").pluck("username", String.class);
    }

    @TestFactory
    Stream<DynamicTest> runsOnTheApplicationsDataSource() {
        return gated("the backend is chosen by the connections' URL; closing the database leaves the DataSource usable",
                (host, hosted) -> {
                    assertThat(hosted.backendName()).isEqualTo(db.backendName());
                    new User("plain").save();
                    assertThat(committedUsernames()).containsExactly("plain");
                    hosted.close();
                    assertThat(host.openConnections()).isZero();
                    try (var c = host.getConnection()) {
                        assertThat(c.isValid(5)).as("the application's DataSource still works").isTrue();
                    }
                });
    }

    @TestFactory
    Stream<DynamicTest> portableComparisonsOnPlainConnections() {
        return gated("on the application's plain connections, LIKE and equality are as case-sensitive as on ar4j's own pool",
                (host, hosted) -> {
                    new User("Ann").save();
                    new User("ann2").save();
                    assertThat(User.query().where(Where.like("username", "a%")).pluck("username", String.class))
                            .containsExactly("ann2");
                    assertThat(User.query().where(Where.like("username", "A%")).count()).isEqualTo(1);
                    assertThat(User.query().where(Where.eq("username", "ann")).count()).isZero();
                });
    }

    @TestFactory
    Stream<DynamicTest> hostCommitCarriesBoth() {
        return gated("inside a host transaction, ar4j and plain JDBC share it: nothing is visible before the host commits",
                (host, hosted) -> {
                    host.begin();
                    new User("by-ar4j").save();
                    host.execute("INSERT INTO tck_users (username, email) VALUES (?, ?)", "by-jdbc", "j@example.com");
                    assertThat(User.query().count()).as("ar4j reads the host connection").isEqualTo(2);
                    assertThat(committedUsernames()).as("not committed yet").isEmpty();
                    assertThat(host.commit()).isTrue();
                    assertThat(committedUsernames()).containsExactly("by-ar4j", "by-jdbc");
                });
    }

    @TestFactory
    Stream<DynamicTest> hostRollbackRestoresRecords() {
        return gated("a host rollback undoes ar4j's writes; the records are back in their state from before, edits pending",
                (host, hosted) -> {
            User kept = new User("kept").save();
            host.begin();
            User created = new User("created").save();
            kept.email = "changed@example.com";
            kept.save();
            kept.delete();
            host.rollback();
            assertThat(committedUsernames()).containsExactly("kept");
            assertThat(created.isNewRecord()).isTrue();
            assertThat(created.id).isNull();
            assertThat(kept.isNewRecord()).as("the delete was undone").isFalse();
            assertThat(kept.changedFields()).as("the rolled-back update is pending again").containsExactly("email");
            kept.email = "retry@example.com";
            kept.save();
            created.save();
            assertThat(committedUsernames()).as("a retry after the rollback writes").containsExactly("created", "kept");
            assertThat(observer().query(User.class).where("username", "kept").one().email).isEqualTo("retry@example.com");
        });
    }

    @TestFactory
    Stream<DynamicTest> ar4jTransactionJoinsTheHosts() {
        return gated("ar4j's transaction joins the host's; its rollback makes the whole host transaction roll back",
                (host, hosted) -> {
                    host.begin();
                    host.execute("INSERT INTO tck_users (username, email) VALUES (?, ?)", "outer", "o@example.com");
                    hosted.transaction(() -> new User("joined").save());
                    assertThat(committedUsernames()).as("the joined transaction does not commit the host's").isEmpty();
                    assertThatThrownBy(() -> hosted.transaction(() -> {
                        new User("inner").save();
                        throw new IllegalStateException("inner failed");
                    })).isInstanceOf(IllegalStateException.class);
                    assertThat(host.commit()).as("the host transaction was marked rollback-only").isFalse();
                    assertThat(committedUsernames()).isEmpty();
                });
    }

    @TestFactory
    Stream<DynamicTest> caughtFailureRollsTheHostBack() {
        return gated("a caught ar4j statement failure inside a host transaction makes the host roll back", (host, hosted) -> {
            new User("taken").save();
            host.begin();
            new User("fresh").save();
            assertThatThrownBy(() -> new User("taken").save()).isInstanceOf(ConstraintViolationException.class);
            assertThat(host.commit()).isFalse();
            assertThat(committedUsernames()).containsExactly("taken");
        });
    }

    @TestFactory
    Stream<DynamicTest> nestedTransactionIsASavepointOfTheHosts() {
        return gatedWithSavepoints("a nested ar4j transaction inside the host's is a savepoint: its failure undoes only"
                + " its part", (host, hosted) -> {
                    host.begin();
                    hosted.transaction(() -> {
                        new User("outer").save();
                        try {
                            hosted.transaction(() -> {
                                new User("undone").save();
                                throw new IllegalStateException("nested failed");
                            });
                        } catch (IllegalStateException expected) {
                            // the savepoint was rolled back; the rest goes on
                        }
                    });
                    assertThat(host.commit()).isTrue();
                    assertThat(committedUsernames()).containsExactly("outer");
                }, (host, hosted) -> {
                    host.begin();
                    assertThatThrownBy(() -> hosted.transaction(() -> hosted.transaction(() -> new User("x").save())))
                            .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("SAVEPOINTS");
                    host.rollbackIfOpen();
                    assertThat(committedUsernames()).isEmpty();
                });
    }

    private List<String> committedGadgets() {
        return observer().query(Gadget.class).orderBy("name").pluck("name", String.class);
    }

    @TestFactory
    Stream<DynamicTest> failingOperationUndoesOnlyItself() {
        return gatedWithSavepoints("inside a host transaction, a failing after-hook of save or insertAll undoes only that"
                + " operation (a savepoint on the host's connection); the host commits the rest", (host, hosted) -> {
                    host.begin();
                    new User("before").save();
                    Gadget failing = new Gadget("hooked", 1);
                    failing.failIn = "afterSave";
                    assertThatThrownBy(failing::save).hasMessageContaining("afterSave failed on purpose");
                    assertThat(failing.isNewRecord()).isTrue();
                    assertThat(failing.id).isNull();
                    Gadget batchFailing = new Gadget("batch-2", 2);
                    batchFailing.failIn = "afterCreate";
                    List<Gadget> batch = List.of(new Gadget("batch-1", 1), batchFailing);
                    assertThatThrownBy(() -> hosted.insertAll(batch)).hasMessageContaining("failed on purpose");
                    assertThat(batch).allMatch(Gadget::isNewRecord);
                    new User("after").save();
                    new Gadget("kept", 3).save();
                    assertThat(host.commit()).as("the host transaction was not marked rollback-only").isTrue();
                    assertThat(committedUsernames()).containsExactly("after", "before");
                    assertThat(committedGadgets()).containsExactly("kept");
                }, (host, hosted) -> {
                    // without savepoints the failed operation cannot be undone alone: the host must roll back
                    host.begin();
                    new User("before").save();
                    Gadget failing = new Gadget("hooked", 1);
                    failing.failIn = "afterSave";
                    assertThatThrownBy(failing::save).hasMessageContaining("afterSave failed on purpose");
                    assertThat(failing.isNewRecord()).isTrue();
                    assertThat(host.commit()).as("the host transaction was marked rollback-only").isFalse();
                    assertThat(committedUsernames()).isEmpty();
                    assertThat(committedGadgets()).isEmpty();
                });
    }

    @TestFactory
    Stream<DynamicTest> noStatementAfterACaughtFailure() {
        return gated("inside a host transaction, after a caught statement failure ar4j runs no further statement"
                + " (on every backend, as PostgreSQL would refuse it) and the host rolls back", (host, hosted) -> {
                    new User("taken").save();
                    host.begin();
                    new User("fresh").save();
                    assertThatThrownBy(() -> new User("taken").save()).isInstanceOf(ConstraintViolationException.class);
                    queries.reset();
                    User after = new User("after");
                    assertThatThrownBy(after::save).isInstanceOf(TransactionRolledBackException.class)
                            .hasMessageContaining("rollback-only");
                    assertThatThrownBy(() -> User.query().count()).isInstanceOf(TransactionRolledBackException.class);
                    assertThatThrownBy(() -> hosted.transaction(() -> new User("joined").save()))
                            .isInstanceOf(TransactionRolledBackException.class);
                    assertThat(after.isNewRecord()).isTrue();
                    assertThat(host.commit()).isFalse();
                    assertThat(committedUsernames()).containsExactly("taken");
                    after.save();
                    assertThat(committedUsernames()).as("after the host's rollback, a retry writes")
                            .containsExactly("after", "taken");
                });
    }
}

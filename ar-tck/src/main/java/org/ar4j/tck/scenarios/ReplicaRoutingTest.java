package org.ar4j.tck.scenarios;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.QueryEvent;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.WritePosition;
import org.ar4j.Capability;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.User;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replica routing on any backend with REPLICAS, using the backend's own server as its "replica" (a server that is
 * not a replica never reports a primary's position as replayed): plain reads go to the replica, a writer's reads,
 * transactions and fromPrimary() to the primary. The real topologies (a PostgreSQL hot standby, a MariaDB GTID
 * replica, paused and stopped) are checked by {@code ReplicaChecks} in the backends' own tests.
 */
@Tag("replicas")
class ReplicaRoutingTest extends TckScenario {
    @TestFactory
    Stream<DynamicTest> readsAreRoutedByWhoWrote() {
        return CapabilityGate.scenario(db, Capability.REPLICAS,
                "plain reads go to the replica; the writer's reads, transactions and fromPrimary() to the primary", () -> {
                    List<QueryEvent> events = new CopyOnWriteArrayList<>();
                    try (Database routed = Database.builder().url(backend.url()).replica(backend.url()).build()) {
                        routed.addQueryListener(e -> {
                            if (!e.isTransactionControl()) {
                                events.add(e);
                            }
                        });
                        routed.insertAll(List.of(new User("routed")));
                        assertThat(events).allSatisfy(e -> assertThat(e.onReplica()).isFalse());
                        events.clear();
                        assertThat(routed.query(User.class).count()).isEqualTo(1);
                        assertThat(events).filteredOn(QueryEvent::isRead).singleElement()
                                .satisfies(e -> assertThat(e.server()).isEqualTo(QueryEvent.PRIMARY));
                        WritePosition token = routed.lastWrite().orElse(null);
                        ExecutorService other = Executors.newSingleThreadExecutor();
                        try {
                            events.clear();
                            assertThat(other.submit(() -> routed.query(User.class).count()).get()).isEqualTo(1);
                            assertThat(events).filteredOn(QueryEvent::isRead).singleElement()
                                    .satisfies(e -> assertThat(e.server()).startsWith("replica 1"));
                            if (token != null) {
                                events.clear();
                                WritePosition handed = WritePosition.parse(token.toString());
                                assertThat(other.submit(() -> routed.readYourWrites(handed,
                                        () -> routed.query(User.class).count())).get()).isEqualTo(1);
                                assertThat(events).filteredOn(QueryEvent::isRead)
                                        .allSatisfy(e -> assertThat(e.onReplica()).isFalse());
                            }
                            events.clear();
                            other.submit(() -> {
                                routed.query(User.class).fromPrimary().count();
                                routed.query(User.class).fromPrimary().with("posts").all();
                                routed.transaction(() -> routed.query(User.class).count());
                            }).get();
                            assertThat(events).filteredOn(QueryEvent::isRead).as("count, users + their posts, count")
                                    .hasSize(4)
                                    .allSatisfy(e -> assertThat(e.onReplica()).isFalse());
                        } finally {
                            other.shutdownNow();
                        }
                        assertThatThrownBy(() -> routed.readYourWrites(WritePosition.of("other", "1"), () -> 1))
                                .isInstanceOf(ConfigurationException.class).hasMessageContaining("other");
                    }
                }, () -> assertThatThrownBy(() -> Database.builder().url(backend.url()).replica(backend.url()).build())
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("REPLICAS"));
    }

    @TestFactory
    Stream<DynamicTest> replicasOnDataSourcesAndHostTransactions() {
        return CapabilityGate.scenario(db, Capability.REPLICAS,
                "a replica given as a DataSource serves plain reads; inside the host framework's transaction reads go to"
                        + " the primary", () -> {
                    HostHarness host = new HostHarness(backend.url());
                    HostHarness replica = new HostHarness(backend.url());
                    List<QueryEvent> events = new CopyOnWriteArrayList<>();
                    try (Database routed = Database.builder().dataSource(host).hostTransactions(host).replica(replica)
                            .build()) {
                        routed.addQueryListener(e -> {
                            if (e.isRead()) {
                                events.add(e);
                            }
                        });
                        assertThat(routed.query(User.class).count()).isZero();
                        assertThat(events).singleElement().satisfies(e -> assertThat(e.server()).startsWith("replica 1"));
                        events.clear();
                        host.begin();
                        try {
                            assertThat(routed.query(User.class).count()).isZero();
                        } finally {
                            host.rollback();
                        }
                        assertThat(events).singleElement()
                                .satisfies(e -> assertThat(e.server()).isEqualTo(QueryEvent.PRIMARY));
                    }
                    assertThat(replica.openConnections()).as("ar4j never closes the application's DataSource").isZero();
                }, () -> assertThatThrownBy(() -> Database.builder().url(backend.url())
                        .replica(new HostHarness(backend.url())).build())
                        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("REPLICAS"));
    }
}

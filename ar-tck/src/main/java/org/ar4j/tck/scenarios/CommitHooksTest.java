package org.ar4j.tck.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ar4j.Capability;
import org.ar4j.CommitListener;
import org.ar4j.CommittedChange;
import org.ar4j.CommittedChange.Kind;
import org.ar4j.UnsupportedCapabilityException;
import org.ar4j.tck.CapabilityGate;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Folder;
import org.ar4j.tck.fixtures.Memo;
import org.ar4j.tck.fixtures.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Commit hooks: {@code afterCommit}/{@code afterRollback} and a database's commit listener run once after the
 * outermost commit, never for rolled-back work, and what they throw cannot undo the commit.
 */
@Tag("transactions")
class CommitHooksTest extends TckScenario {
    /** Every listener call, as "KIND name" lists. */
    private final List<List<String>> commits = new ArrayList<>();
    private final CommitListener listener = changes -> commits.add(changes.stream()
            .map(c -> c.kind() + " " + name(c)).toList());

    private static String name(CommittedChange c) {
        return c.record() instanceof Signal s ? s.name : c.record() instanceof Folder f ? f.name
                : c.record().getClass().getSimpleName();
    }

    @BeforeEach
    void listen() {
        db.addCommitListener(listener);
    }

    @AfterEach
    void stop() {
        db.removeCommitListener(listener);
    }

    @Test
    @DisplayName("outside a transaction each write is its own commit: created, updated, deleted; a save without"
            + " changes is not heard")
    void writesOutsideTransactions() {
        Signal s = new Signal("a").save();
        assertThat(s.heard).containsExactly("commit");
        assertThat(commits).containsExactly(List.of("CREATED a"));
        s.save();
        assertThat(s.heard).as("nothing written").containsExactly("commit");
        s.level = 2;
        s.save();
        s.delete();
        assertThat(s.heard).containsExactly("commit", "commit", "commit");
        assertThat(commits).containsExactly(List.of("CREATED a"), List.of("UPDATED a"), List.of("DELETED a"));
    }

    @TestFactory
    Stream<DynamicTest> onceAfterTheOutermostCommit() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "in a transaction hooks wait for the commit and run once per record, in first-write order", () -> {
                    Signal kept = new Signal("kept").save();
                    commits.clear();
                    kept.heard.clear();
                    Signal made = new Signal("made");
                    Signal gone = new Signal("gone");
                    db.transaction(() -> {
                        made.save();
                        kept.level = 5;
                        kept.save();
                        made.level = 1;
                        made.save();
                        gone.save();
                        gone.delete();
                        assertThat(made.heard).as("not before the commit").isEmpty();
                        assertThat(commits).isEmpty();
                    });
                    assertThat(made.heard).containsExactly("commit");
                    assertThat(kept.heard).containsExactly("commit");
                    assertThat(gone.heard).as("inserted and deleted: nothing lasting").isEmpty();
                    assertThat(commits).containsExactly(List.of("CREATED made", "UPDATED kept"));
                    assertThat(observer().query(Signal.class).count()).isEqualTo(2);
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> { })).isInstanceOf(UnsupportedCapabilityException.class));
    }

    @TestFactory
    Stream<DynamicTest> rollbackIsNeverCommitted() {
        return CapabilityGate.scenario(db, Capability.TRANSACTIONS,
                "a rolled-back transaction runs afterRollback once per record and no commit hook or listener", () -> {
                    Signal a = new Signal("a");
                    Signal b = new Signal("b");
                    assertThatThrownBy(() -> db.transaction(() -> {
                        a.save();
                        b.save();
                        a.level = 3;
                        a.save();
                        throw new IllegalStateException("boom");
                    })).hasMessageContaining("boom");
                    assertThat(a.heard).containsExactly("rollback");
                    assertThat(b.heard).containsExactly("rollback");
                    assertThat(a.isNewRecord()).isTrue();
                    assertThat(commits).isEmpty();
                    assertThat(observer().query(Signal.class).count()).isZero();
                    a.save();
                    assertThat(a.heard).as("the retry commits").containsExactly("rollback", "commit");
                    assertThat(commits).containsExactly(List.of("CREATED a"));
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> { })).isInstanceOf(UnsupportedCapabilityException.class));
    }

    @TestFactory
    Stream<DynamicTest> nestedRollback() {
        return CapabilityGate.scenario(db, Capability.SAVEPOINTS,
                "a nested transaction rolled back runs afterRollback for its records; the outer commit hears the rest", () -> {
                    Signal outer = new Signal("outer");
                    Signal inner = new Signal("inner");
                    db.transaction(() -> {
                        outer.save();
                        assertThatThrownBy(() -> db.transaction(() -> {
                            inner.save();
                            throw new IllegalStateException("inner");
                        })).hasMessageContaining("inner");
                        assertThat(inner.heard).containsExactly("rollback");
                    });
                    assertThat(outer.heard).containsExactly("commit");
                    assertThat(inner.heard).containsExactly("rollback");
                    assertThat(commits).containsExactly(List.of("CREATED outer"));
                },
                () -> assertThatThrownBy(() -> db.transaction(() -> db.transaction(() -> { })))
                        .isInstanceOf(UnsupportedCapabilityException.class));
    }

    @Test
    @DisplayName("a throwing afterCommit or listener cannot undo the commit; the other hooks and listeners still run")
    void throwingHooksAreReported() {
        CommitListener failing = changes -> {
            throw new IllegalStateException("listener fails");
        };
        db.addCommitListener(failing);
        List<Integer> after = new ArrayList<>();
        CommitListener last = changes -> after.add(changes.size());
        db.addCommitListener(last);
        try {
            Signal s = new Signal("fail").save();
            assertThat(s.heard).containsExactly("commit");
            assertThat(observer().query(Signal.class).where("name", "fail").count()).as("the commit stands").isEqualTo(1);
            assertThat(commits).containsExactly(List.of("CREATED fail"));
            assertThat(after).containsExactly(1);
        } finally {
            db.removeCommitListener(failing);
            db.removeCommitListener(last);
        }
    }

    @Test
    @DisplayName("afterCommit runs outside the transaction: a write from it is a commit of its own")
    void hooksWriteInTheirOwnCommit() {
        Signal s = new Signal("audit").save();
        assertThat(observer().query(Memo.class).count()).isEqualTo(1);
        assertThat(commits).containsExactly(List.of("CREATED Memo"), List.of("CREATED audit"));
        assertThat(s.heard).containsExactly("commit");
    }

    @Test
    @DisplayName("a soft delete is heard as DELETED, a restore as UPDATED")
    void softDeleteIsADelete() {
        Folder f = new Folder("f").save();
        f.delete();
        f.restore();
        assertThat(commits).containsExactly(List.of("CREATED f"), List.of("DELETED f"), List.of("UPDATED f"));
        assertThat(Kind.values()).hasSize(3);
    }
}

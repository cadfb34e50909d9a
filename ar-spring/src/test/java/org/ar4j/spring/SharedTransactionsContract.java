package org.ar4j.spring;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import org.ar4j.ConstraintViolationException;
import org.ar4j.Database;
import org.ar4j.query.Order;
import org.ar4j.spring.testapp.Entry;
import org.ar4j.spring.testapp.TestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ar4j on the application's DataSource inside a real Spring Boot context: @Transactional methods,
 * TransactionTemplate, JdbcTemplate and ar4j share one connection and one transaction. Every test reads
 * the outcome back through both APIs, outside the transaction, on fresh connections from the pool.
 */
abstract class SharedTransactionsContract {
    @Autowired Database db;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired TransactionTemplate tx;
    @Autowired TestApplication.EntryService service;

    /** The backend the DataSource's URL selects. */
    abstract String backend();

    @BeforeEach
    void emptyTable() {
        db.schema().createIfMissing(Entry.class);
        jdbc.update("DELETE FROM spring_entries");
    }

    private List<String> viaJdbc() {
        return jdbc.queryForList("SELECT memo FROM spring_entries ORDER BY memo", String.class);
    }

    private static List<String> viaAr4j() {
        return Entry.query().orderBy(Order.asc("memo")).all().stream().map(e -> e.memo).toList();
    }

    private void assertStored(String... memos) {
        assertThat(viaJdbc()).as("read back through JdbcTemplate").containsExactly(memos);
        assertThat(viaAr4j()).as("read back through ar4j").containsExactly(memos);
    }

    @Test
    void theDatabaseIsTheApplicationsDataSourceAndBoundToTheTest() {
        assertThat(Entry.query().modelType()).isEqualTo(Entry.class);
        assertThat(db.bind(() -> Entry.query().count())).as("statics resolve to this context's database")
                .isEqualTo(Entry.query().count());
        assertThat(db.backendName()).as("chosen by the URL the DataSource's connections report").isEqualTo(backend());
        assertThat(db.unwrap(DataSource.class)).as("ar4j opened no pool of its own").isEmpty();
    }

    @Test
    void aTransactionalMethodCommitsWhatBothApisWrote() {
        Entry saved = service.writeBoth("a-ar4j", "b-jdbc");
        assertStored("a-ar4j", "b-jdbc");
        assertThat(saved.isNewRecord()).isFalse();
        assertThat(Entry.query().whereId(saved.id).first()).isPresent();
    }

    @Test
    void aTransactionalMethodThatThrowsRollsBackBothAndTheRecord() {
        Entry[] saved = new Entry[1];
        assertThatThrownBy(() -> service.writeBothThenFail("a-ar4j", "b-jdbc", saved))
                .isInstanceOf(IllegalStateException.class);
        assertStored();
        assertThat(saved[0].isNewRecord()).as("the record says it is not stored, as it is not").isTrue();
        assertThat(saved[0].id).isNull();
    }

    @Test
    void eachApiSeesTheOthersUncommittedWritesAndARollbackUndoesBoth() {
        tx.executeWithoutResult(status -> {
            new Entry("a-ar4j").save();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_entries", Integer.class)).isEqualTo(1);
            jdbc.update("INSERT INTO spring_entries (memo) VALUES (?)", "b-jdbc");
            assertThat(Entry.query().count()).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertStored();
    }

    @Test
    void ar4jsTransactionJoinsSpringsAndItsRollbackRollsBackTheWhole() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO spring_entries (memo) VALUES (?)", "outer-jdbc");
            try {
                db.transaction(() -> {
                    new Entry("inner-ar4j").save();
                    throw new IllegalStateException("inner work failed");
                });
            } catch (IllegalStateException caught) {
                // caught, but the one transaction they share is now rollback-only
            }
        })).isInstanceOf(UnexpectedRollbackException.class);
        assertStored();
    }

    @Test
    void aCaughtAr4jStatementFailureMakesSpringsTransactionRollBack() {
        new Entry("taken").save();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO spring_entries (memo) VALUES (?)", "new-jdbc");
            try {
                new Entry("taken").save();
            } catch (ConstraintViolationException caught) {
                // the duplicate is refused; the transaction must not commit half of the work
            }
        })).isInstanceOf(UnexpectedRollbackException.class);
        assertStored("taken");
    }

    @Test
    void aNestedSpringTransactionIsASavepointForAr4jToo() {
        TransactionTemplate nested = new TransactionTemplate(transactionManager);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        tx.executeWithoutResult(status -> {
            new Entry("outer-ar4j").save();
            nested.executeWithoutResult(inner -> {
                new Entry("inner-ar4j").save();
                jdbc.update("INSERT INTO spring_entries (memo) VALUES (?)", "inner-jdbc");
                inner.setRollbackOnly();
            });
            jdbc.update("INSERT INTO spring_entries (memo) VALUES (?)", "outer-jdbc");
        });
        assertStored("outer-ar4j", "outer-jdbc");
    }

    @Test
    void ar4jsNestedTransactionInsideSpringsIsASavepoint() {
        tx.executeWithoutResult(status -> db.transaction(() -> {
            new Entry("kept").save();
            try {
                db.transaction(() -> {
                    new Entry("undone").save();
                    throw new IllegalStateException("nested failed");
                });
            } catch (IllegalStateException caught) {
                // the savepoint is rolled back; the rest goes on
            }
            jdbc.update("INSERT INTO spring_entries (memo) VALUES (?)", "kept-jdbc");
        }));
        assertStored("kept", "kept-jdbc");
    }

    @Test
    void outsideSpringsTransactionsAr4jRunsItsOwn() {
        assertThatThrownBy(() -> db.transaction(() -> {
            new Entry("undone").save();
            throw new IllegalStateException("failed");
        })).isInstanceOf(IllegalStateException.class);
        db.transaction(() -> new Entry("done").save());
        jdbc.update("INSERT INTO spring_entries (memo) VALUES (?)", "plain-jdbc");
        assertStored("done", "plain-jdbc");
    }

    @Test
    void commitListenersHearSpringsCommitOnceAndNeverItsRollback() {
        List<List<String>> heard = new java.util.ArrayList<>();
        List<Integer> committedRowsSeen = new java.util.ArrayList<>();
        org.ar4j.CommitListener listener = changes -> {
            heard.add(changes.stream().map(c -> c.kind() + " " + ((Entry) c.record()).memo).toList());
            try (var c = dataSource.getConnection(); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT COUNT(*) FROM spring_entries")) {
                rs.next();
                committedRowsSeen.add(rs.getInt(1));   // a connection of its own sees the commit
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        db.addCommitListener(listener);
        try {
            tx.executeWithoutResult(status -> {
                Entry e = new Entry("one").save();
                e.memo = "one-b";
                e.save();
                new Entry("two").save();
                assertThat(heard).as("not before Spring commits").isEmpty();
            });
            assertThat(heard).containsExactly(List.of("CREATED one-b", "CREATED two"));
            assertThat(committedRowsSeen).containsExactly(2);
            tx.executeWithoutResult(status -> {
                new Entry("undone").save();
                status.setRollbackOnly();
            });
            assertThat(heard).as("a rollback is never heard").hasSize(1);
            assertStored("one-b", "two");
        } finally {
            db.removeCommitListener(listener);
        }
    }

    @Test
    void closingTheContextsDatabaseLeavesTheApplicationsPoolOpen() throws Exception {
        try (Database second = Database.builder().dataSource(dataSource).build()) {
            assertThat(second.query(Entry.class).count()).isZero();
        }
        try (var c = dataSource.getConnection()) {
            assertThat(c.isValid(2)).isTrue();
        }
    }
}

package org.ar4j.core.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ar4j.QueryEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement log's lines: what an operator reads at WARN and DEBUG. */
class StatementLogTest {

    private static QueryEvent event(int params, List<Object> values) {
        return new QueryEvent("postgres", "SELECT", "SELECT \"id\" FROM \"users\" WHERE \"name\" = ?", "User",
                new QueryEvent.Parameters(params, values), new QueryEvent.Outcome(Duration.ofMillis(1234), 3, null), null);
    }

    @Test
    void aSlowStatementNamesDurationRowsModelBackendAndStatement() {
        assertThat(StatementLog.slowMessage(event(1, List.of())))
                .isEqualTo("Slow statement: 1234 ms, 3 rows, model User on postgres: SELECT \"id\" FROM \"users\""
                        + " WHERE \"name\" = ?");
    }

    @Test
    void aStatementOnAReplicaSaysWhichServer() {
        QueryEvent onReplica = event(1, List.of()).onServer("replica 1 (127.0.0.1:5443)");
        assertThat(StatementLog.debugMessage(onReplica)).startsWith("[replica 1 (127.0.0.1:5443)] User: SELECT");
        assertThat(StatementLog.slowMessage(onReplica)).contains("on postgres replica 1 (127.0.0.1:5443): SELECT");
        assertThat(StatementLog.debugMessage(event(1, List.of()))).startsWith("User: SELECT");
    }

    @Test
    void oneBoundValueIsOneParam() {
        assertThat(StatementLog.debugMessage(event(1, List.of()))).contains("[1 param]").doesNotContain("values");
        assertThat(StatementLog.debugMessage(event(2, List.of()))).contains("[2 params]");
    }

    @Test
    void valuesAppearOnlyWhenReportedAndLongOnesAreShortened() {
        String longText = "x".repeat(500);
        byte[] blob = new byte[4096];
        String line = StatementLog.debugMessage(event(3, Arrays.asList(longText, blob, null)));
        assertThat(line).contains("values ['" + "x".repeat(40) + "...' (500 chars), byte[4096], null]");
        assertThat(line).doesNotContain("x".repeat(41));
    }

    @Test
    void aStatementIsOneLineWithItsModelAndRowsCountedRight() {
        QueryEvent raw = new QueryEvent("sqlite", "SELECT", "SELECT \"id\" FROM \"users\" WHERE (name = ?\n   AND\r\n  email <> ?)",
                "User", QueryEvent.Parameters.counted(2), new QueryEvent.Outcome(Duration.ofMillis(2), 1, null), null);
        String line = StatementLog.debugMessage(raw);
        assertThat(line).doesNotContain("\n").doesNotContain("\r")
                .startsWith("User: SELECT \"id\" FROM \"users\" WHERE (name = ? AND email <> ?)")
                .contains(" 1 row in ").doesNotContain("1 rows");
        assertThat(StatementLog.slowMessage(raw)).contains("1 row, model User").doesNotContain("\n");
        assertThat(StatementLog.debugMessage(event(1, List.of()))).contains(" 3 rows in ");
    }

    @Test
    void aSlowBeginIsReportedAsALockWait() {
        QueryEvent begin = new QueryEvent("sqlite", QueryEvent.TRANSACTION, "BEGIN IMMEDIATE", 0, Duration.ofMillis(850), 0,
                null);
        assertThat(StatementLog.slowMessage(begin)).startsWith("Lock wait: 850 ms on sqlite at BEGIN IMMEDIATE")
                .contains("another transaction held").doesNotContain("Slow statement");
    }
}

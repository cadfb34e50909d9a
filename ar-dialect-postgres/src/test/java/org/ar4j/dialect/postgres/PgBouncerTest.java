package org.ar4j.dialect.postgres;

import java.util.ArrayList;
import java.util.List;

import org.ar4j.BackendException;
import org.ar4j.Database;
import org.ar4j.tck.reliability.ReplicaNote;
import org.ar4j.tck.reliability.ServerUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PgBouncer in transaction pooling mode without {@code prepareThreshold=0}: the driver's server-side prepared
 * statements meet other clients' server sessions. Every read either returns its own row or fails with an exception
 * naming the fix; with the option every read succeeds.
 */
class PgBouncerTest {
    private static String withoutOption(String url) {
        return url.replaceAll("[?&]prepareThreshold=0", "").replaceFirst("&", "?").replace("??", "?");
    }

    private static int run(String url, List<String> failures) {
        List<Database> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                clients.add(Database.builder().url(url).property("pool.maxSize", "1").build());
            }
            Database first = clients.get(0);
            first.schema().dropIfExists(ReplicaNote.class);
            first.schema().create(ReplicaNote.class);
            List<ReplicaNote> notes = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                ReplicaNote note = new ReplicaNote();
                note.n = 100 + n;
                notes.add(note);
            }
            first.insertAll(notes);
            int ok = 0;
            for (int round = 0; round < 30; round++) {
                for (int c = 0; c < clients.size(); c++) {
                    int n = 100 + (round + c) % 4;
                    try {
                        ReplicaNote read = clients.get(c).query(ReplicaNote.class).where(
                                org.ar4j.query.Where.eq("n", n)).one();
                        assertThat(read.n).as("a read returns its own row, never another statement's").isEqualTo(n);
                        ok++;
                    } catch (BackendException e) {
                        failures.add(e.getMessage());
                    }
                }
            }
            return ok;
        } finally {
            clients.forEach(Database::close);
        }
    }

    @Test
    void withoutTheOptionFailuresNameTheFixAndWithItEveryReadWorks() {
        String url = ServerUnderTest.url("AR_TEST_PGBOUNCER_URL");
        List<String> failures = new ArrayList<>();
        int ok = run(withoutOption(url), failures);
        assertThat(failures).allSatisfy(m -> assertThat(m).contains("prepareThreshold=0"));
        System.out.println("[ar4j-pgbouncer] without prepareThreshold=0: " + ok + " reads right, " + failures.size()
                + " refused naming the fix" + (failures.isEmpty() ? "" : " (" + failures.get(0) + ")"));
        List<String> none = new ArrayList<>();
        assertThat(run(url, none)).isEqualTo(120);
        assertThat(none).isEmpty();
    }
}

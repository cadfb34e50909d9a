package org.ar4j.examples.docs;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Key;
import org.ar4j.StaleRecordException;
import org.ar4j.query.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The composite-key examples of docs/guide.md and docs/relations.md, compiled and run. */
class CompositeKeyExamplesTest {
    private Database db;
    private final AtomicInteger queries = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.builder().url("jdbc:sqlite::memory:").build();
        db.makeDefault();
        db.schema().createIfMissing(Enrolment.class, Mark.class);
        db.addQueryListener(e -> {
            if (!e.isTransactionControl()) {
                queries.incrementAndGet();
            }
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Enrolment enrolment(String course, long student, int grade) {
        Enrolment e = new Enrolment();
        e.course = course;
        e.student = student;
        e.grade = grade;
        return e;
    }

    @Test
    void keys() {
        // tag::keys[]
        Enrolment e = new Enrolment();
        e.course = "math";
        e.student = 7L;                      // every part is assigned: nothing is generated
        e.save();                            // INSERT; the table's PRIMARY KEY is (course, student)

        Optional<Enrolment> found = ActiveRecord.find(Enrolment.class, Key.of("math", 7L));
        e.grade = 5;
        e.save();                            // UPDATE ... WHERE course = ? AND student = ? AND version = ?

        // enrolment(course, student, grade) makes a new Enrolment
        db.upsertAll(List.of(enrolment("math", 7L, 6), enrolment("art", 7L, 4)), "course", "student");
        Page<Enrolment> first = ActiveRecord.query(Enrolment.class).orderBy("grade").page(20);   // ties by both parts
        // end::keys[]
        assertThat(found).isPresent();
        assertThat(ActiveRecord.findOrFail(Enrolment.class, Key.of("math", 7L)).grade).isEqualTo(6);
        assertThat(first.items()).extracting(x -> x.course).containsExactly("art", "math");
        e.grade = 1;
        assertThatThrownBy(e::save).as("the upsert moved the version").isInstanceOf(StaleRecordException.class);
    }

    @Test
    void relations() {
        Enrolment e = enrolment("math", 7L, 5).save();
        enrolment("math", 8L, 3).save();
        // tag::relations[]
        Mark m = new Mark();
        m.points = 9;
        Enrolment.MARKS.add(e, m);           // sets m.course and m.student, then saves m
        List<Enrolment> all = ActiveRecord.query(Enrolment.class).with("marks").all();   // 2 queries
        Enrolment back = Mark.ENROLMENT.get(m);                                          // by both parts
        // end::relations[]
        queries.set(0);
        List<Enrolment> again = ActiveRecord.query(Enrolment.class).with("marks").orderBy("student").all();
        assertThat(queries.get()).isEqualTo(2);
        assertThat(again.get(0).marks()).extracting(x -> x.points).containsExactly(9);
        assertThat(again.get(1).marks()).isEmpty();
        assertThat(all).hasSize(2);
        assertThat(back.student).isEqualTo(7L);
    }
}

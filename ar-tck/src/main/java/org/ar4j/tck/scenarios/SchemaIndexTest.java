package org.ar4j.tck.scenarios;

import java.util.List;

import org.ar4j.QueryEvent;
import org.ar4j.tck.TckScenario;
import org.ar4j.tck.fixtures.Course;
import org.ar4j.tck.fixtures.Enrollment;
import org.ar4j.tck.fixtures.Student;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Locale;

/** Schema creation indexes every declared foreign key and join key. */
@Tag("schema")
class SchemaIndexTest extends TckScenario {

    private List<String> indexStatements() {
        return queries.events().stream().map(QueryEvent::text)
                .filter(t -> t.toLowerCase(Locale.ROOT).contains("index")).toList();
    }

    @Test
    @DisplayName("recreating the school tables indexes both join keys of the join model")
    void joinKeysIndexed() {
        db.schema().drop(Enrollment.class);
        queries.reset();
        db.schema().create(Enrollment.class);
        List<String> ix = indexStatements();
        assertThat(ix).anyMatch(t -> t.contains("student_id"));
        assertThat(ix).anyMatch(t -> t.contains("course_id"));
    }

    @Test
    @DisplayName("createIfMissing on existing tables creates nothing; create after drop works")
    void createIfMissing() {
        queries.reset();
        db.schema().createIfMissing(Student.class, Course.class);
        assertThat(indexStatements()).isEmpty();
        new Student("still here").save();
        assertThat(Student.query().count()).isEqualTo(1);
    }
}

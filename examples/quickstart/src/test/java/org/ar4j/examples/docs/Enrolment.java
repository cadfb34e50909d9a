package org.ar4j.examples.docs;

// tag::enrolment[]
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.Version;
import org.ar4j.relation.HasMany;

@Table("enrolments")
public class Enrolment extends ActiveRecord<Enrolment> {
    public static final HasMany<Mark> MARKS = hasMany(Mark.class).foreignKey("course", "student");

    @Id public String course;      // the key is (course, student), in the order the @Id fields are declared
    @Id public Long student;
    public Integer grade;
    @Version public Long version;

    public List<Mark> marks() {
        return MARKS.get(this);
    }
}
// end::enrolment[]

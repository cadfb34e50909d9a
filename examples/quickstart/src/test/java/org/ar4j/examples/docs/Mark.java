package org.ar4j.examples.docs;

// tag::mark[]
import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.BelongsTo;

@Table("marks")
public class Mark extends ActiveRecord<Mark> {
    public static final BelongsTo<Enrolment> ENROLMENT = belongsTo(Enrolment.class).foreignKey("course", "student");

    @Id public Long id;
    public String course;          // with student: the enrolment's key, part for part
    public Long student;
    public Integer points;
}
// end::mark[]

package org.ar4j.examples.legacy;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.MorphTo;

/** {@code staff_note}: a note on a film or on a country, by type name ('film', 'country') and key. */
@Table("staff_note")
public class StaffNote extends ActiveRecord<StaffNote> {
    @Id public Integer noteId;
    @Column(length = 30) public String notableType;
    public Integer notableId;
    @Column(notNull = true) public String note;

    public static final MorphTo NOTABLE = morphTo(Film.class, Country.class);

    public StaffNote() {
    }

    public StaffNote(String note) {
        this.note = note;
    }

    public ActiveRecord<?> notable() {
        return NOTABLE.get(this);
    }
}

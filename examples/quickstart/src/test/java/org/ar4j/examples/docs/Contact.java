package org.ar4j.examples.docs;

// tag::model[]
import java.util.Locale;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.ValueConverter;

@Table("contacts")
public class Contact extends ActiveRecord<Contact> {
    @Id public Long id;
    public String name;
    public Email email;          // no @Convert: the database's converter for Email stores it
    public Email backupEmail;    // every Email field, in every model

    /** An e-mail address, compared without regard to case. */
    public record Email(String address) {
        public Email {
            address = address.toLowerCase(Locale.ROOT);
        }
    }

    /** Stores an Email as its text; given to the DatabaseBuilder (or, in Spring, declared as a bean). */
    public static final class EmailText implements ValueConverter<Email, String> {
        @Override
        public Class<String> storedType() {
            return String.class;
        }

        @Override
        public String toStored(Email email) {
            return email.address();
        }

        @Override
        public Email fromStored(String text) {
            return new Email(text);
        }
    }
}
// end::model[]

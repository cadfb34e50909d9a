package org.ar4j.examples.docs;

import java.util.Base64;
import java.util.List;

import org.ar4j.ConversionException;
import org.ar4j.Database;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The examples of docs/types.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class TypesExamplesTest {
    /** The patients table as stored: the encrypted column as its text. */
    @org.ar4j.Table("patients")
    public static class RawPatient extends org.ar4j.ActiveRecord<RawPatient> {
        @org.ar4j.Id public Long id;
        public String name;
        public String diagnosis;
    }

    private Database db;

    @BeforeEach
    void open() {
        // a test key; a service reads it from its secret store
        System.setProperty("app.fieldKey", Base64.getEncoder().encodeToString(new byte[32]));
        db = Database.connect("jdbc:sqlite::memory:");
        db.makeDefault();
        db.schema().create(Product.class, Patient.class, Event.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void converter() {
        // tag::use[]
        new Product("lamp", new Product.Money(1999)).save();
        new Product("desk", new Product.Money(24900)).save();
        List<Product> cheap = Product.query(Product.class)
                .where(Where.lt("price", new Product.Money(5000)))      // a value of the field's own type
                .orderBy(Order.desc("price"))                           // ordered by the stored cents
                .all();
        assertThat(cheap).extracting(p -> p.name).containsExactly("lamp");
        Product desk = Product.query(Product.class)
                .where(Product_.price.eq(new Product.Money(24900)))      // typed: Field<Product, Money>
                .one();
        assertThat(desk.name).isEqualTo("desk");
        // end::use[]
    }

    @Test
    void typeConverterOnTheBuilder() {
        // tag::type-converter[]
        try (Database contacts = Database.builder().url("jdbc:sqlite::memory:")
                .converter(Contact.Email.class, new Contact.EmailText())      // every Email field, this database
                .build()) {
            contacts.schema().create(Contact.class);
            Contact ada = new Contact();
            ada.name = "Ada";
            ada.email = new Contact.Email("Ada@Example.com");
            contacts.bind(() -> ada.save());
            assertThat(contacts.query(Contact.class)
                    .where(Contact_.email.eq(new Contact.Email("ada@example.com")))   // typed: Field<Contact, Email>
                    .pluck("name", String.class)).containsExactly("Ada");
        }
        // end::type-converter[]
    }

    @Test
    void encryptedField() {
        // tag::encrypted-use[]
        Patient p = new Patient();
        p.name = "Ada";
        p.diagnosis = new Patient.Secret("healthy");
        p.save();
        assertThat(Patient.findOrFail(Patient.class, p.id).diagnosis.text()).isEqualTo("healthy");
        String stored = RawPatient.findOrFail(RawPatient.class, p.id).diagnosis;   // the column as text
        assertThat(stored).doesNotContain("healthy");                       // ciphertext in the table
        assertThat(Patient.query(Patient.class)
                .where(Where.eq("diagnosis", new Patient.Secret("healthy"))).count())
                .as("a fresh IV per write: equality never matches").isZero();
        // end::encrypted-use[]
    }

    @Test
    void timeOrderedIds() {
        // tag::uuid-v7-use[]
        Event first = new Event("opened").save();
        Event second = new Event("closed").save();
        assertThat(first.id.version()).isEqualTo(7);
        assertThat(Event.query(Event.class).orderBy("id").pluck("name", String.class))
                .containsExactly("opened", "closed");                     // ids sort in the order they were made
        assertThat(Event.query(Event.class).where(Where.gt("id", first.id)).one().id).isEqualTo(second.id);
        // end::uuid-v7-use[]
    }

    @Test
    void tamperedCiphertextIsRefusedOnRead() {
        Patient p = new Patient();
        p.diagnosis = new Patient.Secret("x");
        p.save();
        RawPatient raw = RawPatient.findOrFail(RawPatient.class, p.id);    // the same row, its column as text
        char[] chars = raw.diagnosis.toCharArray();
        chars[chars.length / 2] = chars[chars.length / 2] == 'A' ? 'B' : 'A';
        raw.diagnosis = new String(chars);
        raw.save();
        assertThatThrownBy(() -> Patient.findOrFail(Patient.class, p.id)).isInstanceOf(ConversionException.class)
                .hasMessageContaining("Patient.diagnosis").hasMessageContaining("Encrypted.fromStored");
    }
}

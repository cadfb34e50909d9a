package org.ar4j.examples.docs;

import java.util.List;

import org.ar4j.Database;
import org.ar4j.query.Order;
import org.ar4j.query.Where;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of docs/types.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class TypesExamplesTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.connect("jdbc:sqlite::memory:");
        db.makeDefault();
        db.schema().create(Product.class);
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
}

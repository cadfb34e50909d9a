package com.example.consumer;

import org.ar4j.Database;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A user's test: JUnit's annotations beside ar4j's metamodel processor, compiled with -Xlint:all,-processing -Werror
 * as the docs recommend (javac's processing lint warns about every annotation no processor claims).
 */
class ShopTest {

    @Test
    @DisplayName("a model saved on the embedded backend is found by its typed field")
    void savesAndFinds() {
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {
            db.schema().create(Shop.Customer.class);
            Shop.Customer c = new Shop.Customer();
            c.name = "Ada";
            db.bind(() -> c.save());
            assertEquals(1, db.query(Shop.Customer.class).where(Shop_Customer_.name.eq("Ada")).count());
        }
    }
}

package org.ar4j.core.tck;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Where;
import org.ar4j.relation.BelongsTo;
import org.ar4j.relation.HasMany;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documentation's example of the in-memory backend (docs/backends.md), run as a test. */
class MemoryExampleTest {
    /** A shop. */
    @Table("example_shops")
    public static class Shop extends ActiveRecord<Shop> {
        @Id public Long id;
        public String name;
        public static final HasMany<Item> ITEMS = hasMany(Item.class).inverseOf("shop");
    }

    /** An item of a shop. */
    @Table("example_items")
    public static class Item extends ActiveRecord<Item> {
        @Id public Long id;
        public Long shopId;
        public String title;
        public static final BelongsTo<Shop> SHOP = belongsTo(Shop.class).inverseOf("items");
    }

    @Test
    void runsModelsWithoutAServer() {
        // tag::memory[]
        try (Database db = Database.connect("memory:example")) {
            db.schema().createIfMissing(Shop.class, Item.class);
            Shop shop = new Shop();
            shop.name = "corner";
            shop.save();
            for (String title : List.of("apples", "pears")) {
                Item item = new Item();
                item.shopId = shop.id;
                item.title = title;
                item.save();
            }
            List<Shop> shops = db.query(Shop.class).where(Where.eq("name", "corner")).with("items").all();
            assertThat(Shop.ITEMS.get(shops.get(0))).extracting(i -> i.title).containsExactly("apples", "pears");
        }
        // end::memory[]
    }
}

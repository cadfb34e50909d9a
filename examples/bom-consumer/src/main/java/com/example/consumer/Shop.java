package com.example.consumer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Query;
import org.ar4j.relation.BelongsTo;
import org.ar4j.cache.CacheConfig;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.HasManyThrough;

/**
 * Model code as a user writes it, compiled with -Xlint:all -Werror against the BOM's artifacts: every
 * relation kind, a custom loader, typed eager paths, typed cache checks and schema creation of many
 * models at once.
 */
public final class Shop {
    private Shop() {
    }

    /** A customer. */
    @Table("shop_customers")
    public static class Customer extends ActiveRecord<Customer> {
        @Id public Long id;
        public String name;

        public static final HasMany<Order> ORDERS = hasMany(Order.class).inverseOf("customer")
                .cache(CacheConfig.maxSize(1_000));
        public static final HasMany<Order> RECENT = hasMany(Order.class).orderBy("id").limit(1)
                .cache(CacheConfig.ttl(Duration.ofMinutes(1)).keepAtMost(100))
                .loader(Customer.class, customers -> customers.stream()
                        .map(c -> Order.query().where("customerId", c.id).orderBy("id").limit(1).all()).toList());

        public static Query<Customer> query() {
            return query(Customer.class);
        }
    }

    /** An order. */
    @Table("shop_orders")
    public static class Order extends ActiveRecord<Order> {
        @Id public Long id;
        public Long customerId;
        public BigDecimal total;

        public static final BelongsTo<Customer> CUSTOMER = belongsTo(Customer.class);
        public static final HasManyThrough<Product> PRODUCTS = hasManyThrough(Product.class, Line.class);

        public static Query<Order> query() {
            return query(Order.class);
        }
    }

    /** A product. */
    @Table("shop_products")
    public static class Product extends ActiveRecord<Product> {
        @Id public Long id;
        public String sku;
    }

    /** An order line: the join model. */
    @Table("shop_lines")
    public static class Line extends ActiveRecord<Line> {
        @Id public Long id;
        public Long orderId;
        public Long productId;
    }

    /** A projection row. */
    public record Sale(BigDecimal total, String name) {
    }

    /** Creates the schema, writes a little and reads it back with typed eager paths. */
    public static void main(String[] args) {
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {
            db.schema().create(Customer.class, Order.class, Product.class, Line.class);
            Customer ada = new Customer();
            ada.name = "ada";
            ada.save();
            Order order = new Order();
            order.customerId = ada.id;
            order.total = new BigDecimal("12.50");
            order.save();
            Product p = new Product();
            p.sku = "X-1";
            p.save();
            Order.PRODUCTS.add(order, p);
            List<Customer> customers = Customer.query().with(Customer.ORDERS, Order.PRODUCTS).all();
            Customer first = customers.get(0);
            if (!first.hasCachedRelation(Customer.ORDERS) || Customer.ORDERS.get(first).size() != 1
                    || Customer.RECENT.get(first).size() != 1) {
                throw new IllegalStateException("unexpected result");
            }
            System.out.println(first.name + " has " + Customer.ORDERS.get(first).size() + " order with "
                    + Order.PRODUCTS.get(Customer.ORDERS.get(first).get(0)).size() + " product");
            // the generated metamodel of nested models: Shop_Order_, Shop_Customer_
            BigDecimal total = Order.query().where(Shop_Order_.total.gt(BigDecimal.TEN)).sum(Shop_Order_.total);
            List<Sale> sales = Order.query().orderBy(Shop_Order_.id.asc())
                    .select(Shop_Order_.total, Shop_Order_.customer.then(Shop_Customer_.name)).into(Sale.class);
            if (total.compareTo(new BigDecimal("12.50")) != 0 || !sales.equals(List.of(new Sale(new BigDecimal("12.50"), "ada")))) {
                throw new IllegalStateException("unexpected typed result: " + total + " " + sales);
            }
            System.out.println("typed: " + sales);
        }
    }
}

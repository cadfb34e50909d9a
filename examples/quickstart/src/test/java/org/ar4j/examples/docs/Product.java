package org.ar4j.examples.docs;

// tag::model[]
import org.ar4j.ActiveRecord;
import org.ar4j.Convert;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.ValueConverter;

@Table("products")
public class Product extends ActiveRecord<Product> {
    @Id public Long id;
    public String name;
    @Convert(Money.InCents.class) public Money price;    // a column of cents (BIGINT)

    /** The application's own value type. */
    public record Money(long cents) {
        /** Stores Money as its cents: one class, a no-argument constructor, no state. */
        public static final class InCents implements ValueConverter<Money, Long> {
            @Override
            public Class<Long> storedType() {
                return Long.class;
            }

            @Override
            public Long toStored(Money money) {
                return money.cents();
            }

            @Override
            public Money fromStored(Long cents) {
                return new Money(cents);
            }
        }
    }
    // end::model[]

    public Product() {
    }

    public Product(String name, Money price) {
        this.name = name;
        this.price = price;
    }
}

package org.ar4j.examples.legacy;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Id;
import org.ar4j.Inheritance;
import org.ar4j.Table;
import org.ar4j.TypeName;
import org.ar4j.relation.BelongsTo;

/** {@code stock_item}: DVDs and Blu-rays in one table, {@code kind} naming each row's class. */
@Table("stock_item")
@TypeName("item")
@Inheritance(subclasses = {StockItem.Dvd.class, StockItem.BluRay.class}, discriminator = "kind")
public class StockItem extends ActiveRecord<StockItem> {
    @Id public Integer itemId;
    @Column(length = 20, notNull = true) public String kind;
    @Column(notNull = true) public Integer filmId;

    public static final BelongsTo<Film> FILM = belongsTo(Film.class);

    public Film film() {
        return FILM.get(this);
    }

    /** A DVD: its region code. */
    @TypeName("dvd")
    public static class Dvd extends StockItem {
        public Short regionCode;
    }

    /** A Blu-ray: its resolution. */
    @TypeName("bluray")
    public static class BluRay extends StockItem {
        @Column(length = 10) public String resolution;
    }
}

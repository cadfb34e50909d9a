package org.ar4j.core.internal.session;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ar4j.spi.Backend;
import org.ar4j.spi.LiveTable;
import org.ar4j.spi.TableSpec;

/**
 * Whether the database keeps each table's id column unique (its primary key, or a unique index on it alone), learned
 * once per table and database: from the table this database created, from a catalogue it read for another reason,
 * or from one catalogue read at the first write by id outside a transaction (never inside one: a catalogue query
 * that fails there, as a Galera certification conflict can, would take the caller's transaction with it). A write by
 * id on a table not known to keep its id unique runs atomically and checks it touched exactly one row (an existing
 * link table mapped with {@code @Id} on one of its two key columns would otherwise have one {@code save()} overwrite
 * many rows).
 */
public final class IdKeys {
    private final Backend backend;
    private final Map<TableSpec, Boolean> unique = new ConcurrentHashMap<>();

    IdKeys(Backend backend) {
        this.backend = backend;
    }

    /** This database created the table, with its id as the primary key. */
    public void created(TableSpec t) {
        unique.put(t, true);
    }

    /** The table as the catalogue just described it. */
    public void seen(TableSpec t, LiveTable live) {
        unique.put(t, keepsUnique(t, live));
    }

    /**
     * Whether the table's id column is known to be unique in the database: one catalogue read the first time it is
     * asked outside a transaction; inside one, or when that read fails, not known (the write then checks itself).
     */
    public boolean unique(TableSpec t, boolean inTransaction) {
        Boolean known = unique.get(t);
        if (known == null) {
            if (inTransaction) {
                return false;
            }
            try {
                Optional<LiveTable> live = backend.inspect(t);
                known = live.isPresent() && keepsUnique(t, live.get());
            } catch (RuntimeException unreadable) {
                return false;   // asked again next time; meanwhile writes by id check the rows they touch
            }
            unique.put(t, known);
        }
        return known;
    }

    /** Whether a live table keeps the model's id column (or composite key) unique. */
    private static boolean keepsUnique(TableSpec t, LiveTable live) {
        return live.keepsUnique(t.primaryKeyColumns().stream().map(org.ar4j.spi.ColumnSpec::name).toList());
    }
}

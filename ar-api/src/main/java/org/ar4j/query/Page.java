package org.ar4j.query;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a query's records. A keyset page ({@link Query#page(int)}) continues with
 * {@code query.after(page.last().get()).page(size)}: stable while rows are added or removed, and as fast on
 * the thousandth page as on the first. An offset page ({@link Query#page(int, int, boolean)}) is numbered and
 * may carry the total count.
 *
 * @param items   the records of this page, in the query's order
 * @param hasNext whether more records follow
 * @param total   the number of records of the whole query, when asked for
 * @param <T>     the model
 */
public record Page<T>(List<T> items, boolean hasNext, OptionalLong total) {
    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /** The last record of this page, to ask for the next one with {@link Query#after}; empty for an empty page. */
    public Optional<T> last() {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1));
    }
}

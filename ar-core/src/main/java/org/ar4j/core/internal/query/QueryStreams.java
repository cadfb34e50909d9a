package org.ar4j.core.internal.query;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.ar4j.LoadMode;
import org.ar4j.QueryException;
import org.ar4j.core.internal.session.Origin;
import org.ar4j.core.internal.session.Rows;
import org.ar4j.core.internal.session.Session;
import org.ar4j.core.internal.session.StreamGuard;
import org.ar4j.core.internal.session.TransactionScope;
import org.ar4j.spi.Read;
import org.ar4j.spi.RowCursor;

/** A query's records as a stream over an open cursor, closed with the stream (or by the guard if leaked). */
final class QueryStreams {
    private QueryStreams() {
    }

    @SuppressWarnings("unchecked")
    static <T> Stream<T> stream(Session db, QuerySpec q) {
        if (!q.eager().isEmpty()) {
            throw new QueryException("Eager loading (with) is not available on stream(); use all(), or load"
                    + " relations per record");
        }
        RowCursor cursor = db.backend().read(Read.stream(q.select(q.model().readColumns())));
        StreamGuard guard = new StreamGuard(cursor, q.model().name());
        // Streamed records are not peers (a stream does not hold them); they share one origin.
        Origin origin = Origin.read(db, q.mode() == LoadMode.STRICT ? LoadMode.STRICT : LoadMode.ONE, null);
        TransactionScope openedIn = db.transactions().currentScope();
        Iterator<T> it = new Iterator<>() {
            Boolean ready;

            @Override
            public boolean hasNext() {
                if (openedIn != null && openedIn.ended()) {
                    guard.close();
                    throw new QueryException("A Query.stream() over " + q.model().name() + " was read after the"
                            + " transaction it was opened in ended: a stream in a transaction reads through the"
                            + " transaction's connection and lives only as long as it. Read and close it inside the"
                            + " transaction's work (try (Stream<...> s = query.stream()) { ... }), or collect the rows"
                            + " there (all(), toList()) to use them afterwards");
                }
                if (ready == null) {
                    ready = cursor.next();
                    if (!ready) {
                        guard.close();
                    }
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = null;
                return (T) Rows.hydrateRead(q.model(), cursor, origin);
            }
        };
        Stream<T> stream = StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(guard::close);
        guard.watch(stream);
        return stream;
    }
}

package org.ar4j.spi;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One write a backend runs, as a value: {@link Backend#write} takes every kind ({@link InsertRows}, {@link UpsertRows},
 * {@link UpdateRows}, {@link DeleteRows}), so a decorator handles writes in one method. {@code R} is what the write
 * returns: the keys inserted, the rows changed, or nothing.
 *
 * @param <R> the result
 */
public sealed interface Write<R> permits InsertRows, UpsertRows, UpdateRows, DeleteRows {

    /** What a backend does for each kind of write: {@link Backend#write} runs a write on its operations. */
    interface Operations {
        /** Inserts rows; returns each row's primary key (generated or given), in order. */
        List<Object> insert(InsertRows insert);

        /** Inserts rows or writes them over the stored rows with the same conflict key. */
        void upsert(UpsertRows upsert);

        /** Updates the rows a condition matches; returns how many. */
        long update(UpdateRows update);

        /** Deletes the rows a condition matches; returns how many. */
        long delete(DeleteRows delete);
    }

    /** Runs this write on a backend's operations. */
    R runOn(Operations operations);

    /** The table written. */
    TableSpec table();

    /** This write with its condition changed ({@code change} gets the condition); inserts and upserts stay. */
    Write<R> mapWhere(UnaryOperator<Filter> change);

    /** What the write is, for messages: "An insert into t"... */
    String description();
}

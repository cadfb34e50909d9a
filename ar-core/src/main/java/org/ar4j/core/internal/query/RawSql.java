package org.ar4j.core.internal.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.ar4j.Capability;
import org.ar4j.QueryException;
import org.ar4j.core.internal.meta.Conditions;
import org.ar4j.core.internal.meta.Values;
import org.ar4j.query.Predicate;
import org.ar4j.spi.Backend;
import org.ar4j.spi.SqlText;

/**
 * Reading native SQL given to {@code db.sql} and {@code whereRaw}: only what is needed to bind it safely, by the
 * backend's own lexical rules ({@link SqlText}), before any statement runs.
 */
final class RawSql {
    /** The words a query that returns rows starts with; a write returns rows only with RETURNING. */
    private static final Set<String> READS = Set.of("SELECT", "WITH", "VALUES", "TABLE", "(");
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE");

    private RawSql() {
    }

    /** The parameters of a whereRaw call as a list (a null array is one null parameter). */
    static List<Object> given(Object... parameters) {
        return parameters == null ? Collections.singletonList(null) : Arrays.asList(parameters);
    }

    /**
     * The parameters of raw SQL as canonical values, checked to be exactly one per placeholder; a QueryException
     * starting with {@code caller} says how they differ.
     */
    static List<Object> parameters(String caller, SqlText text, String sql, List<Object> parameters) {
        requireOnePerPlaceholder(caller, text, sql, parameters.size());
        return Values.nativeParameters(caller, parameters);
    }

    private static void requireOnePerPlaceholder(String caller, SqlText text, String sql, int given) {
        int placeholders = text.placeholders(sql);
        if (placeholders != given) {
            throw new QueryException(caller + " has " + placeholders + " ? placeholder"
                    + (placeholders == 1 ? "" : "s") + " but " + given + " parameter" + (given == 1 ? "" : "s")
                    + ": pass exactly one value per ? (placeholders inside quotes and comments do not count)");
        }
    }

    /**
     * Refuses, before it runs, native SQL that is not one statement returning rows: empty text, two statements
     * (the second would run before the first's rows failed to map), or a write without RETURNING.
     */
    static void query(String caller, SqlText text, String sql) {
        String first = text.firstWord(sql);
        if (first.isEmpty()) {
            throw new QueryException(caller + " got SQL with no statement in it: pass the SELECT to run");
        }
        int statements = text.statements(sql);
        if (statements > 1) {
            throw new QueryException(caller + " got " + statements + " statements: it runs exactly one query, so"
                    + " nothing runs; split them, and write changes with save(), updateAll() or deleteAll()");
        }
        if (!READS.contains(first) && !(WRITES.contains(first) && text.containsWord(sql, "RETURNING"))) {
            throw new QueryException(caller + " runs one query that returns rows, and '" + first + " ...' returns"
                    + " none, so nothing ran; write changes with save(), updateAll() or deleteAll() (or add RETURNING"
                    + " where the backend has it)");
        }
    }

    /**
     * Checks the raw conditions of a predicate: the backend runs raw SQL, and each has one parameter per ?. Their
     * values become canonical once, when the predicate is resolved.
     */
    static void check(String caller, Backend backend, Predicate predicate) {
        List<Predicate.Raw> raws = Conditions.raws(predicate);
        if (!raws.isEmpty()) {
            backend.require(Capability.RAW_SQL, "raw SQL conditions (whereRaw)");
            for (Predicate.Raw raw : raws) {
                requireOnePerPlaceholder(caller, backend.sqlText(), raw.sql(), raw.parameters().size());
            }
        }
    }
}

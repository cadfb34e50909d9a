package org.ar4j.core.internal.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.ar4j.QueryException;
import org.ar4j.query.Predicate;

/** Reading raw SQL given to {@code whereRaw}: only what is needed to bind it safely. */
final class RawSql {
    private RawSql() {
    }

    /** A raw condition with exactly one parameter per placeholder, or a QueryException saying how it differs. */
    static Predicate.Raw predicate(String model, String sql, Object... parameters) {
        return new Predicate.Raw(sql, parameters("whereRaw on " + model, sql, parameters));
    }

    /**
     * The parameters of raw SQL as a list (a null array is one null parameter), checked to be exactly one per
     * placeholder; a QueryException starting with {@code caller} says how they differ.
     */
    static List<Object> parameters(String caller, String sql, Object... parameters) {
        List<Object> params = parameters == null ? Collections.singletonList(null) : Arrays.asList(parameters);
        int placeholders = placeholders(sql);
        if (placeholders != params.size()) {
            throw new QueryException(caller + " has " + placeholders + " ? placeholder"
                    + (placeholders == 1 ? "" : "s") + " but " + params.size() + " parameter" + (params.size() == 1 ? "" : "s")
                    + ": pass exactly one value per ? (placeholders inside quotes and comments do not count)");
        }
        return params;
    }

    /**
     * The {@code ?} placeholders of a SQL fragment, not counting those inside '...' strings, "..." or
     * `...` identifiers, -- line comments and block comments.
     */
    static int placeholders(String sql) {
        int n = 0;
        int i = 0;
        int len = sql.length();
        while (i < len) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                while (end >= 0 && end + 1 < len && sql.charAt(end + 1) == c) {
                    end = sql.indexOf(c, end + 2);
                }
                i = end < 0 ? len : end + 1;
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? len : end + 1;
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? len : end + 2;
            } else {
                if (c == '?') {
                    n++;
                }
                i++;
            }
        }
        return n;
    }
}

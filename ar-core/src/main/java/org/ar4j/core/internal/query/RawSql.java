package org.ar4j.core.internal.query;

/** Reading raw SQL given to {@code whereRaw}: only what is needed to bind it safely. */
final class RawSql {
    private RawSql() {
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

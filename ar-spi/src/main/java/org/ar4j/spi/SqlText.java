package org.ar4j.spi;

import java.util.Locale;

/**
 * How a database reads the text of native SQL ({@code db.sql}, {@code whereRaw}), as data: what quotes and comments
 * look like, so that ar4j counts {@code ?} placeholders and statements as the driver will, and refuses a mismatch
 * before any statement. {@link #STANDARD} knows {@code '...'} strings and {@code "..."} identifiers with doubled
 * quotes, backquoted names, {@code --} line comments and block comments; a backend declares its additions.
 *
 * @param dollarQuotes     {@code $tag$...$tag$} strings (PostgreSQL)
 * @param nestedComments   block comments nest (PostgreSQL)
 * @param hashComments     {@code #} starts a line comment, and {@code --} does only before a space (MySQL, MariaDB)
 * @param backslashEscapes a backslash in a quoted string makes the next character literal (MySQL, MariaDB)
 */
public record SqlText(boolean dollarQuotes, boolean nestedComments, boolean hashComments, boolean backslashEscapes) {
    /** Standard SQL (SQLite, H2, DuckDB). */
    public static final SqlText STANDARD = new SqlText(false, false, false, false);
    /** PostgreSQL: dollar quotes and nested block comments. */
    public static final SqlText POSTGRESQL = new SqlText(true, true, false, false);
    /** MySQL and MariaDB (default SQL mode): {@code #} comments and backslash escapes in strings. */
    public static final SqlText MYSQL = new SqlText(false, false, true, true);

    /** The number of {@code ?} placeholders outside quotes and comments. */
    public int placeholders(String sql) {
        return scan(sql).placeholders;
    }

    /** The number of statements: texts between top-level semicolons that hold more than whitespace and comments. */
    public int statements(String sql) {
        return scan(sql).statements;
    }

    /**
     * The first word outside comments, upper case ({@code SELECT}, {@code WITH}...), {@code "("} for a parenthesised
     * query, or empty when the text holds no statement.
     */
    public String firstWord(String sql) {
        return scan(sql).firstWord;
    }

    /** Whether {@code word} (upper case) occurs outside quotes and comments, as a whole word. */
    public boolean containsWord(String sql, String word) {
        Scan s = new Scan(sql, word);
        s.run();
        return s.found;
    }

    private Scan scan(String sql) {
        Scan s = new Scan(sql, null);
        s.run();
        return s;
    }

    /** One pass over the text. */
    private final class Scan {
        private final String sql;
        private final String word;
        private int placeholders;
        private int statements;
        private String firstWord = "";
        private boolean found;
        private boolean statementHasText;

        Scan(String sql, String word) {
            this.sql = sql;
            this.word = word;
        }

        void run() {
            int len = sql.length();
            int i = 0;
            while (i < len) {
                char c = sql.charAt(i);
                if (c == '\'' || c == '"' || c == '`') {
                    text();
                    i = quoted(i, c);
                } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-'
                        && (!hashComments || i + 2 >= len || Character.isWhitespace(sql.charAt(i + 2)))) {
                    i = lineEnd(i);
                } else if (c == '#' && hashComments) {
                    i = lineEnd(i);
                } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                    i = blockEnd(i);
                } else if (c == '$' && dollarQuotes && dollarTag(i) != null) {
                    text();
                    String tag = dollarTag(i);
                    int end = sql.indexOf(tag, i + tag.length());
                    i = end < 0 ? len : end + tag.length();
                } else if (c == ';') {
                    if (statementHasText) {
                        statements++;
                    }
                    statementHasText = false;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isLetter(c) || c == '_') {
                    int end = i;
                    while (end < len && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                            || sql.charAt(end) == '$')) {
                        end++;
                    }
                    String w = sql.substring(i, end).toUpperCase(Locale.ROOT);
                    if (!statementHasText && statements == 0) {
                        firstWord = w;
                    }
                    text();
                    found |= w.equals(word);
                    i = end;
                } else {
                    if (c == '?') {
                        placeholders++;
                    }
                    if (!statementHasText && statements == 0) {
                        firstWord = String.valueOf(c);
                    }
                    text();
                    i++;
                }
            }
            if (statementHasText) {
                statements++;
            }
        }

        private void text() {
            statementHasText = true;
        }

        private int quoted(int start, char q) {
            int len = sql.length();
            int i = start + 1;
            while (i < len) {
                char c = sql.charAt(i);
                if (c == '\\' && backslashEscapes && q != '`') {
                    i += 2;
                } else if (c == q) {
                    if (i + 1 < len && sql.charAt(i + 1) == q) {
                        i += 2;
                    } else {
                        return i + 1;
                    }
                } else {
                    i++;
                }
            }
            return len;
        }

        private int lineEnd(int start) {
            int end = sql.indexOf('\n', start);
            return end < 0 ? sql.length() : end + 1;
        }

        private int blockEnd(int start) {
            int depth = 0;
            int i = start;
            int len = sql.length();
            while (i < len) {
                if (sql.startsWith("/*", i)) {
                    depth = nestedComments || depth == 0 ? depth + 1 : depth;
                    i += 2;
                } else if (sql.startsWith("*/", i)) {
                    depth--;
                    i += 2;
                    if (depth == 0) {
                        return i;
                    }
                } else {
                    i++;
                }
            }
            return len;
        }

        /** The {@code $tag$} starting at {@code i}, or null when the dollar sign starts none. */
        private String dollarTag(int i) {
            if (i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_')) {
                return null; // part of an identifier (PostgreSQL names may hold $)
            }
            int end = i + 1;
            while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                end++;
            }
            if (end >= sql.length() || sql.charAt(end) != '$' || (end > i + 1 && Character.isDigit(sql.charAt(i + 1)))) {
                return null; // $1 is a positional parameter, not a quote
            }
            return sql.substring(i, end + 1);
        }
    }
}

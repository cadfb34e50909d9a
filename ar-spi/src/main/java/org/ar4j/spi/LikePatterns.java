package org.ar4j.spi;

import java.util.regex.Pattern;

/**
 * LIKE patterns as regular expressions, for backends (and ar4j's own in-memory checks) that match strings without
 * SQL: {@code %} is any run of characters, {@code _} one character, a backslash makes the next character literal;
 * the whole string must match, across line breaks, case-sensitively (ar4j's portable LIKE).
 */
public final class LikePatterns {
    private LikePatterns() {
    }

    /** The compiled expression matching exactly what {@code like} matches. */
    public static Pattern regex(String like) {
        return regex(like, false);
    }

    /** A string with ASCII letters A-Z lowered and every other character as it is: ar4j's portable case fold. */
    public static String foldAscii(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out = out != null ? out : new StringBuilder(s);
                out.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * The compiled expression matching what {@code like} matches; with {@code ignoreCase}, ASCII letters match
     * either case and nothing else folds (the same rows as a case-insensitive LIKE on every backend).
     */
    public static Pattern regex(String like, boolean ignoreCase) {
        StringBuilder re = new StringBuilder("^");
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                re.append(literal(like.charAt(++i), ignoreCase));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(literal(c, ignoreCase));
            }
        }
        return Pattern.compile(re.append('$').toString(), Pattern.DOTALL);
    }

    private static String literal(char c, boolean ignoreCase) {
        boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        return ignoreCase && letter ? "[" + Character.toLowerCase(c) + Character.toUpperCase(c) + "]"
                : Pattern.quote(String.valueOf(c));
    }
}

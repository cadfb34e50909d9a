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
        StringBuilder re = new StringBuilder("^");
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                re.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.append('$').toString(), Pattern.DOTALL);
    }
}

package org.ar4j.core.internal.meta;

import java.util.Collection;
import java.util.Locale;
import java.nio.charset.StandardCharsets;

/** Name conventions: camelCase fields to snake_case columns, class names to table names. */
public final class Naming {
    private Naming() {
    }

    /** {@code createdAt} becomes {@code created_at}; {@code HTMLPage} becomes {@code html_page}. */
    public static String snake(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                boolean prevUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
                if (i > 0 && (prevLower || (prevUpper && nextLower)) && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code BlogPost} becomes {@code blog_posts}. */
    public static String tableName(Class<?> model) {
        return plural(snake(model.getSimpleName()));
    }

    static String plural(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /** {@code AUTHORED_POSTS} becomes {@code authoredPosts}; a name that is not all caps is kept. */
    public static String constantToCamel(String constant) {
        if (!constant.equals(constant.toUpperCase(Locale.ROOT))) {
            return constant;
        }
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** {@code User} becomes {@code user}. */
    public static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The candidate closest to {@code name} by edit distance, or null when none is close. */
    public static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(lower, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
    /**
     * A generated index name: {@code prefix_table_column}, shortened deterministically (a prefix and a
     * hash of the whole name) to 63 bytes, within every first-party backend's identifier limit.
     */
    public static String indexName(String prefix, String table, String column) {
        String name = prefix + "_" + table + "_" + column;
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= 63) {
            return name;
        }
        String hash = String.format("%08x", name.hashCode());
        StringBuilder head = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > 63 - 1 - hash.length()) {
                break;
            }
            head.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return head + "_" + hash;
    }

}

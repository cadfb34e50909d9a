package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The labels of an enum column's definition as a catalogue gives it: {@code ENUM('G','PG-13')}, quotes doubled. */
final class EnumLabels {
    private EnumLabels() {
    }

    /** The labels, in order, or null when the definition is not an enum's. */
    static List<String> of(String definition) {
        if (definition == null || !definition.toUpperCase(Locale.ROOT).startsWith("ENUM(")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int i = "ENUM(".length();
        while (i < definition.length() && definition.charAt(i) == '\'') {
            StringBuilder label = new StringBuilder();
            i++;
            while (i < definition.length()) {
                char ch = definition.charAt(i++);
                if (ch == '\'' && i < definition.length() && definition.charAt(i) == '\'') {
                    label.append('\'');
                    i++;
                } else if (ch == '\'') {
                    break;
                } else {
                    label.append(ch);
                }
            }
            out.add(label.toString());
            if (i < definition.length() && definition.charAt(i) == ',') {
                i++;
            }
        }
        return out;
    }
}

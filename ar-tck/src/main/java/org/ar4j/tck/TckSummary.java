package org.ar4j.tck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Prints one line saying which backends' TCK ran, with their counts, and which were skipped and why,
 * from the same Surefire reports as {@link TckMatrix}. The build runs it as its last step.
 *
 * <pre>
 * java org.ar4j.tck.TckSummary sqlite=ar-dialect-sqlite postgres=ar-dialect-postgres ...
 * </pre>
 */
public final class TckSummary {
    private TckSummary() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        List<String> parts = new ArrayList<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            parts.add(describe(kv[0], TckMatrix.read(Path.of(kv[1], "target", "surefire-reports"))));
        }
        System.out.println("[ar4j] TCK backends: " + String.join("; ", parts));
    }

    static String describe(String backend, Map<String, TckMatrix.Cell> cells) {
        int passed = 0;
        int skipped = 0;
        int failed = 0;
        TreeSet<String> reasons = new TreeSet<>();
        for (TckMatrix.Cell c : cells.values()) {
            passed += c.passed;
            skipped += c.skipped;
            failed += c.failed;
            reasons.addAll(c.reasons);
        }
        if (passed + skipped + failed == 0) {
            return backend + " not run in this build";
        }
        if (passed == 0 && failed == 0) {
            return backend + " SKIPPED (" + String.join(" / ", reasons) + ")";
        }
        return backend + " ran (" + passed + " passed, " + skipped + " skipped by capability"
                + (failed == 0 ? "" : ", " + failed + " FAILED") + ")";
    }
}

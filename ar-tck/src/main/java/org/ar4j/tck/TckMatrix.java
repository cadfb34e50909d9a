package org.ar4j.tck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes the TCK matrix (scenario area × backend: passed, skipped with the reason, failed) from
 * the Surefire XML reports of each backend's TCK run.
 *
 * <pre>
 * java org.ar4j.tck.TckMatrix docs/tck-matrix.md sqlite=ar-dialect-sqlite postgres=ar-dialect-postgres ...
 * </pre>
 *
 * Each backend argument names a module directory whose {@code target/surefire-reports} holds a
 * TCK run, or a reports directory itself (a name starting with {@code surefire-reports}, for a TCK run in a
 * Surefire execution of its own). A backend without reports is listed as "not run".
 */
public final class TckMatrix {
    private TckMatrix() {
    }

    /** Per backend and area: passed, skipped, failed counts and skip reasons. */
    static final class Cell {
        int passed;
        int skipped;
        int failed;
        final TreeSet<String> reasons = new TreeSet<>();
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TckMatrix OUTPUT.md backend=moduleDir [backend=moduleDir ...]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Map<String, Map<String, Cell>> byBackend = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            Path dir = Path.of(kv[1]);
            byBackend.put(kv[0], read(dir.getFileName().toString().startsWith("surefire-reports") ? dir
                    : dir.resolve(Path.of("target", "surefire-reports"))));
        }
        String md = render(byBackend);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    static Map<String, Cell> read(Path reports) throws Exception {
        Map<String, Cell> cells = new TreeMap<>();
        if (!Files.isDirectory(reports)) {
            return cells;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(reports)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("TEST-org.ar4j.tck.scenarios.")).sorted().toList();
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path p : files) {
            Document doc = f.newDocumentBuilder().parse(p.toFile());
            NodeList cases = doc.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element tc = (Element) cases.item(i);
                String area = area(tc.getAttribute("classname"));
                Cell c = cells.computeIfAbsent(area, k -> new Cell());
                if (tc.getElementsByTagName("failure").getLength() + tc.getElementsByTagName("error").getLength() > 0) {
                    c.failed++;
                } else if (tc.getElementsByTagName("skipped").getLength() > 0) {
                    c.skipped++;
                    Element skipped = (Element) tc.getElementsByTagName("skipped").item(0);
                    c.reasons.add(reason(skipped));
                } else {
                    c.passed++;
                }
            }
        }
        return cells;
    }

    /** The skip reason: the message attribute, else the exception's message in the element text. */
    static String reason(Element skipped) {
        String msg = skipped.getAttribute("message");
        if (msg.isBlank()) {
            String text = skipped.getTextContent().strip();
            int nl = text.indexOf('\n');
            String first = nl < 0 ? text : text.substring(0, nl);
            int colon = first.indexOf(": ");
            msg = colon < 0 ? first : first.substring(colon + 2);
        }
        return msg.isBlank() ? "no reason given" : msg.strip();
    }

    static String area(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        if (nested > 0) {
            simple = simple.substring(0, nested);
        }
        if (simple.startsWith("Zz")) {
            simple = simple.substring(2); // the count guard sorts last by name
        }
        return simple.endsWith("Test") ? simple.substring(0, simple.length() - 4) : simple;
    }

    static String render(Map<String, Map<String, Cell>> byBackend) {
        TreeSet<String> areas = new TreeSet<>();
        byBackend.values().forEach(m -> areas.addAll(m.keySet()));
        StringBuilder sb = new StringBuilder();
        sb.append("# TCK matrix\n\n");
        sb.append("Generated from the Surefire reports of each backend's TCK run by `org.ar4j.tck.TckMatrix`\n");
        sb.append("(see the README's Tests section). Cells: passed / skipped / failed scenarios.\n\n");
        sb.append("| area |");
        byBackend.keySet().forEach(b -> sb.append(' ').append(b).append(" |"));
        sb.append("\n|---|");
        byBackend.keySet().forEach(b -> sb.append("---|"));
        sb.append('\n');
        Map<String, Cell> totals = new LinkedHashMap<>();
        for (String area : areas) {
            sb.append("| ").append(area).append(" |");
            for (Map.Entry<String, Map<String, Cell>> e : byBackend.entrySet()) {
                Cell c = e.getValue().get(area);
                Cell t = totals.computeIfAbsent(e.getKey(), k -> new Cell());
                if (c == null) {
                    sb.append(" not run |");
                    continue;
                }
                t.passed += c.passed;
                t.skipped += c.skipped;
                t.failed += c.failed;
                t.reasons.addAll(c.reasons);
                sb.append(' ').append(cell(c)).append(" |");
            }
            sb.append('\n');
        }
        sb.append("| **total** |");
        for (String b : byBackend.keySet()) {
            Cell t = totals.get(b);
            boolean ran = !byBackend.get(b).isEmpty();
            sb.append(' ').append(!ran || t == null ? "not run" : "**" + cell(t) + "**").append(" |");
        }
        sb.append("\n\n## Skips\n\n");
        boolean any = false;
        for (String b : byBackend.keySet()) {
            Cell t = totals.get(b);
            if (t != null && !t.reasons.isEmpty()) {
                any = true;
                for (String r : t.reasons) {
                    sb.append("- ").append(b).append(": ").append(r).append('\n');
                }
            }
        }
        if (!any) {
            sb.append("None.\n");
        }
        return sb.toString();
    }

    private static String cell(Cell c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.passed + " passed");
        if (c.skipped > 0) {
            parts.add(c.skipped + " skipped");
        }
        if (c.failed > 0) {
            parts.add(c.failed + " FAILED");
        }
        return String.join(", ", parts);
    }

    /** For tests: renders the matrix of report directories without writing a file. */
    static String renderDirs(Map<String, Path> dirs) throws IOException {
        Map<String, Map<String, Cell>> m = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : dirs.entrySet()) {
            try {
                m.put(e.getKey(), read(e.getValue()));
            } catch (IOException ex) {
                throw ex;
            } catch (Exception ex) {
                throw new IOException(ex);
            }
        }
        return render(m);
    }
}

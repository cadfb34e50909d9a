package org.ar4j.examples.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the code blocks of docs/*.md identical to tagged regions of the compiled, executed
 * example tests. A block is marked in Markdown with {@code <!-- snippet: ClassName#tag -->} (or
 * {@code path/from/repo/root/File.java#tag})
 * on the line before its opening fence. Run with {@code -Ddocs.update=true} to rewrite the
 * pages from the sources.
 */
class DocSnippetsTest {
    private static final Path DOCS = Path.of("../../docs");
    private static final Path SOURCES = Path.of("src/test/java/org/ar4j/examples/docs");
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([\\w./-]+)#([\\w-]+) -->\\n```(java|kotlin)\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void everySnippetMatchesItsSource() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(DOCS)) {
            pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        boolean update = Boolean.getBoolean("docs.update");
        int checked = 0;
        List<String> stale = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = MARKER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String expected = region(m.group(1), m.group(2));
                checked++;
                if (!expected.equals(m.group(4))) {
                    stale.add(page.getFileName() + " " + m.group(1) + "#" + m.group(2) + ", expected:\n" + expected);
                }
                m.appendReplacement(out, Matcher.quoteReplacement("<!-- snippet: " + m.group(1) + "#" + m.group(2)
                        + " -->\n```" + m.group(3) + "\n" + expected + "```"));
            }
            m.appendTail(out);
            if (update) {
                Files.writeString(page, out.toString(), StandardCharsets.UTF_8);
            }
        }
        assertThat(checked).as("snippets found in docs/").isGreaterThanOrEqualTo(15);
        if (!update) {
            assertThat(stale).as("docs snippets out of date; run mvn -pl examples/quickstart test -Ddocs.update=true").isEmpty();
        }
    }

    static String region(String className, String tag) throws IOException {
        // "ClassName" is an example of examples/quickstart's docs package; "path/File.java" is relative to the repository root.
        Path source = className.contains("/") ? Path.of("../..").resolve(className) : SOURCES.resolve(className + ".java");
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> body = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.trim().equals("// tag::" + tag + "[]")) {
                in = true;
            } else if (line.trim().equals("// end::" + tag + "[]")) {
                in = false;
            } else if (in) {
                body.add(line);
            }
        }
        if (body.isEmpty()) {
            throw new IllegalStateException("no region " + tag + " in " + className);
        }
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : body) {
            sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return sb.toString();
    }
}

package org.ar4j.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiles small models and queries with the processor, as a build would, and reads what javac says. */
class MetamodelProcessorTest {
    @TempDir
    Path out;

    private static final String WRITER = """
            package shop;
            import org.ar4j.ActiveRecord;
            import org.ar4j.Id;
            import org.ar4j.relation.HasMany;
            public class Writer extends ActiveRecord<Writer> {
                public static final HasMany<Book> BOOKS = hasMany(Book.class);
                public static org.ar4j.query.Query<Writer> query() { return query(Writer.class); }
                @Id public Long id;
                public String name;
            }
            """;

    private static final String BOOK = """
            package shop;
            import java.math.BigDecimal;
            import java.time.Instant;
            import org.ar4j.ActiveRecord;
            import org.ar4j.Id;
            import org.ar4j.Transient;
            import org.ar4j.relation.BelongsTo;
            public class Book extends ActiveRecord<Book> {
                public enum Status { DRAFT, PUBLISHED }
                public static final BelongsTo<Writer> WRITER = belongsTo(Writer.class);
                public static org.ar4j.query.Query<Book> query() { return query(Book.class); }
                @Id public Long id;
                public String title;
                public BigDecimal price;
                public int pages;
                public boolean available;
                public Instant createdAt;
                public Status status;
                public byte[] cover;
                public Long writerId;
                @Transient public Object scratch;
                public transient String note;
            }
            """;

    private List<Diagnostic<? extends JavaFileObject>> compile(String... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (String s : sources) {
            String pkg = s.substring(s.indexOf("package ") + 8, s.indexOf(';'));
            String name = s.replaceAll("(?s).*?public (?:final )?class (\\w+).*", "$1");
            units.add(new SimpleJavaFileObject(URI.create("string:///" + pkg.replace('.', '/') + "/" + name + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return s;
                }
            });
        }
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                "-s", out.toString(), "-processor", MetamodelProcessor.class.getName(), "--release", "17");
        javac.getTask(null, null, diagnostics, options, null, units).call();
        return diagnostics.getDiagnostics();
    }

    private static List<String> errors(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }

    private static String usage(String body) {
        return """
                package shop;
                import java.math.BigDecimal;
                import org.ar4j.query.Where;
                public class Usage {
                    static void run() {
                        %s
                    }
                }
                """.formatted(body);
    }

    @Test
    void typedQueriesCompileAgainstTheGeneratedMetamodel() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> d = compile(WRITER, BOOK, usage("""
                Book.query().where(Where.and(Book_.price.gt(new BigDecimal("10")), Book_.title.like("A%"),
                        Book_.status.eq(Book.Status.DRAFT), Book_.available.eq(true)))
                        .orderBy(Book_.createdAt.desc()).all();
                Long pages = Book.query().sum(Book_.pages);
                BigDecimal total = Book.query().sum(Book_.price);
                Writer.query().withSum(Writer_.books, Book_.price).withCount(Writer_.books).all();
                Writer.query().where(Where.has(Writer_.books, Book_.pages.ge(100))).all();
                Book.query().select(Book_.id, Book_.title, Book_.writer.then(Writer_.name)).tuples();
                """));
        assertThat(errors(d)).isEmpty();
        String generated = Files.readString(out.resolve("shop/Book_.java"));
        assertThat(generated)
                .contains("org.ar4j.query.NumericField<shop.Book, java.math.BigDecimal, java.math.BigDecimal> price")
                .contains("org.ar4j.query.NumericField<shop.Book, java.lang.Integer, java.lang.Long> pages")
                .contains("org.ar4j.query.StringField<shop.Book> title")
                .contains("org.ar4j.query.Field<shop.Book, shop.Book.Status> status")
                .contains("org.ar4j.relation.BelongsTo<shop.Writer> writer = shop.Book.WRITER")
                .doesNotContain("scratch").doesNotContain("note");
    }

    @Test
    void aFieldOfAnOwnTypeWithoutConvertIsATypedFieldForTheDatabasesConverter() throws IOException {
        String own = BOOK.replace("public int pages;", "public int pages;\n    public Isbn isbn;\n"
                + "    public record Isbn(String digits) { }");
        List<Diagnostic<? extends JavaFileObject>> d = compile(WRITER, own,
                usage("Book.query().where(Book_.isbn.eq(new Book.Isbn(\"978\"))).all();"));
        assertThat(errors(d)).isEmpty();
        assertThat(Files.readString(out.resolve("shop/Book_.java")))
                .contains("org.ar4j.query.Field<shop.Book, shop.Book.Isbn> isbn");
        assertThat(errors(compile(WRITER, own, usage("Book.query().where(Book_.isbn.eq(\"978\")).all();"))))
                .as("a value of another type does not compile").isNotEmpty();
    }

    @Test
    void aMisspelledFieldDoesNotCompile() {
        List<String> errors = errors(compile(WRITER, BOOK, usage("Book.query().where(Book_.titel.eq(\"x\")).all();")));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains("titel"));
    }

    @Test
    void aValueOfTheWrongTypeDoesNotCompile() {
        List<String> errors = errors(compile(WRITER, BOOK, usage("Book.query().where(Book_.price.gt(\"ten\")).all();")));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("String").contains("BigDecimal"));
    }

    @Test
    void aFieldOfAnotherModelInAnAggregateDoesNotCompile() {
        List<String> errors = errors(compile(WRITER, BOOK, usage("Writer.query().sum(Book_.price);")));
        assertThat(errors).isNotEmpty();
    }

    @Test
    void anUnsupportedFieldTypeIsAnErrorNamingTheFieldAndTheFix() {
        String bad = BOOK.replace("public int pages;", "public java.util.Map<String, String> published;");
        List<String> errors = errors(compile(WRITER, bad));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Book.published").contains("unsupported type")
                .contains("java.util.Map").contains("@Transient"));
    }

    @Test
    void aModelWithoutIdIsAnErrorNamingTheFix() {
        String bad = BOOK.replace("@Id public Long id;", "public Long id;");
        List<String> errors = errors(compile(WRITER, bad));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Book has no @Id field").contains("@Id public Long id"));
    }

    @Test
    void aFinalFieldIsAnError() {
        String bad = BOOK.replace("public String title;", "public final String title = null;");
        assertThat(errors(compile(WRITER, bad))).anySatisfy(e -> assertThat(e).contains("Book.title is final"));
    }
}

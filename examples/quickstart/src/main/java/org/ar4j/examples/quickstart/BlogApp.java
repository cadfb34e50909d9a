package org.ar4j.examples.quickstart;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ar4j.Database;
import org.ar4j.LoadMode;
import org.ar4j.ValidationException;
import org.ar4j.query.Where;

/**
 * The quickstart application: creates its schema, writes a small blog, queries it, and shows
 * what eager loading and peer loading save. Runs on whatever backend the classpath and
 * {@code AR_DATABASE_URL} (or {@code -Dar.database.url}) select; by default an embedded SQLite
 * file, {@code ar4j.db}.
 */
public final class BlogApp {
    private BlogApp() {
    }

    /** Runs the quickstart, printing to standard output. */
    public static void main(String[] args) {
        try (Database db = Database.connect()) {
            run(db, System.out);
        }
    }

    /** The whole walk-through, printing to {@code out}; returns the query counts it measured. */
    public static Counts run(Database db, PrintStream out) {
        out.println("ar4j quickstart on the " + db.backendName() + " backend");
        db.schema().createIfMissing(Author.class, Article.class, Remark.class);
        out.println("emptying its own tables qs_authors, qs_articles and qs_remarks (nothing else is touched)");
        Remark.query(Remark.class).deleteAll();
        Article.query().deleteAll();
        Author.query().deleteAll();
        List<Author> authors = write(db, out);
        int articles = Math.toIntExact(Article.query().count());
        read(out);
        Counts counts = load(db, out, authors.size(), articles);

        // Cascades: deleting an author deletes its articles and their remarks.
        Author ken = Author.query().where("name", "Ken").one();
        ken.delete();
        out.println("after deleting Ken: " + Author.query().count() + " authors, " + Article.query().count()
                + " articles, " + Remark.query(Remark.class).count() + " remarks");
        return counts;
    }

    /** Write: validation, inserts, a batch insert. */
    private static List<Author> write(Database db, PrintStream out) {
        try {
            new Author(" ").save();
        } catch (ValidationException e) {
            out.println("rejected: " + e.getMessage());
        }
        List<Author> authors = new ArrayList<>();
        for (String name : List.of("Ada", "Grace", "Linus", "Barbara", "Ken")) {
            authors.add(new Author(name).save());
        }
        List<Article> articles = new ArrayList<>();
        for (Author a : authors) {
            for (int i = 1; i <= 3; i++) {
                articles.add(new Article(a, a.name + "'s article #" + i, i != 3));
            }
        }
        db.insertAll(articles);
        List<Remark> remarks = new ArrayList<>();
        for (Article a : articles) {
            remarks.add(new Remark(a, "Nice read on " + a.title));
            remarks.add(new Remark(a, "Thanks!"));
        }
        db.insertAll(remarks);
        out.println("wrote " + Author.query().count() + " authors, " + Article.query().count() + " articles, "
                + Remark.query(Remark.class).count() + " remarks");
        return authors;
    }

    /** One line of a projection: two fields of Article and one of its Author, without building records. */
    record Line(String title, String name) {
    }

    /** Read: portable queries, no SQL, fields checked by the compiler (Article_ is generated). */
    private static void read(PrintStream out) {
        List<Article> published = Article.query()
                .where(Where.and(Article_.published.eq(true), Article_.title.startsWith("G")))
                .orderBy(Article_.id.desc())
                .all();
        out.println("published by G*: " + published.stream().map(a -> a.title).toList());
        List<Line> lines = Article.query().where(Article_.published.eq(false)).orderBy(Article_.id.asc())
                .select(Article_.title, Article_.author.then(Author_.name)).into(Line.class);
        out.println("drafts: " + lines);
    }

    /** Loading: the statements classic lazy, peer and eager loading take for the same walk. */
    private static Counts load(Database db, PrintStream out, int authors, int articles) {
        AtomicInteger statements = new AtomicInteger();
        db.addQueryListener(e -> {
            if (!e.isTransactionControl()) {
                statements.incrementAndGet();
            }
        });

        // N+1 the classic way (LoadMode.ONE): one query per author for its articles.
        statements.set(0);
        int n = 0;
        for (Author a : Author.query().loadMode(LoadMode.ONE).all()) {
            n += a.articles().size();
        }
        int classic = statements.get();
        out.println("classic lazy loading: " + n + " articles in " + classic + " queries");

        // Peer loading (the default): the first access loads every author's articles at once.
        statements.set(0);
        for (Author a : Author.query().all()) {
            a.articles().size();
        }
        int peers = statements.get();
        out.println("peer loading (default): " + peers + " queries, saving " + (classic - peers));

        // Eager loading: one query per relation level, whatever the row count.
        statements.set(0);
        int remarkCount = 0;
        for (Author a : Author.query().with("articles", "articles.remarks").all()) {
            for (Article article : a.articles()) {
                remarkCount += article.remarks().size();
                if (article.author() != a) {
                    throw new IllegalStateException("inverseOf should give the same Author instance");
                }
            }
        }
        int eager = statements.get();
        int naive = 1 + authors + articles;
        out.println("eager with(\"articles\", \"articles.remarks\"): " + remarkCount + " remarks in " + eager
                + " queries (naive lazy loading would take " + naive + ", saving " + (naive - eager) + ")");
        return new Counts(classic, peers, eager);
    }

    /**
     * Query counts measured by the walk-through.
     *
     * @param classic one query per author (LoadMode.ONE)
     * @param peers   peer loading
     * @param eager   eager loading of two levels
     */
    public record Counts(int classic, int peers, int eager) {
    }
}

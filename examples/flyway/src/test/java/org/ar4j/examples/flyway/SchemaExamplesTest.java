package org.ar4j.examples.flyway;

import java.nio.file.Path;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ar4j.Database;
import org.ar4j.SchemaMismatchException;
import org.ar4j.tools.FlywayMigrations;
import org.ar4j.schema.SchemaCheck;
import org.ar4j.schema.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The examples of docs/schema.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class SchemaExamplesTest {
    @TempDir Path folder;

    @Test
    void driftReportAndScript() {
        try (Database db = Database.connect("jdbc:sqlite::memory:")) {
            db.schema().create(AuthorV1.class);   // the table as release 1 left it
            // tag::validate[]
            SchemaReport report = db.schema().validate(Author.class, Book.class);
            System.out.println(report);
            // end::validate[]
            assertThat(report.toString()).contains("MISSING_COLUMN Author.email (fw_authors): column email does not exist."
                    + " Fix: add it").contains("MISSING_TABLE Book (fw_books)");
            // tag::script[]
            String script = db.schema().migrationScript(Author.class, Book.class);
            // end::script[]
            System.out.println(script);
            assertThat(script).contains("ALTER TABLE \"fw_authors\" ADD COLUMN \"email\" TEXT;")
                    .contains("ALTER TABLE \"fw_authors\" ADD COLUMN \"rating\" INTEGER DEFAULT 0 NOT NULL;")
                    .contains("CREATE UNIQUE INDEX \"ux_fw_authors_email\" ON \"fw_authors\" (\"email\");")
                    .contains("CREATE TABLE \"fw_books\"");
            db.schema().migrate(Author.class, Book.class);
            assertThat(db.schema().validate(Author.class, Book.class).isClean()).isTrue();
        }
    }

    @Test
    void flyway() {
        String url = "jdbc:sqlite:" + folder.resolve("app.db");
        Path migrations = folder.resolve("db/migration");
        // tag::flyway[]
        try (Database db = Database.connect(url)) {
            Optional<Path> written = FlywayMigrations.writeNext(db, migrations, "add author email", Author.class, Book.class);
            written.ifPresent(file -> System.out.println("review and commit " + file));   // V1__add_author_email.sql
        }
        Flyway.configure().dataSource(url, null, null).locations("filesystem:" + migrations).load().migrate();
        // end::flyway[]
        try (Database db = Database.connect(url)) {
            db.schema().requireValid(Author.class, Book.class);
        }
    }

    @Test
    void startUpCheck() {
        String url = "jdbc:sqlite:" + folder.resolve("old.db");
        try (Database old = Database.connect(url)) {
            old.schema().create(AuthorV1.class);
        }
        // tag::check[]
        assertThatThrownBy(() -> Database.builder().url(url)
                .schemaCheck(SchemaCheck.FAIL, Author.class, Book.class)   // or WARN: log the report and open anyway
                .build())
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("Author.email");
        // end::check[]
    }
}

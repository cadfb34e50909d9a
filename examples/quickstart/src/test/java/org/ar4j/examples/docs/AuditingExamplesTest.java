package org.ar4j.examples.docs;

import org.ar4j.Database;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditing example of docs/typed-queries.md, compiled and run. */
class AuditingExamplesTest {
    /** Stands for the application's notion of the signed-in user. */
    private static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();

    @Test
    void auditing() {
        // tag::auditor[]
        Database db = Database.builder().url("jdbc:sqlite::memory:")
                .auditor(() -> CURRENT_USER.get())        // asked at each write; null: nobody known
                .build();
        // end::auditor[]
        try (db) {
            db.schema().createIfMissing(WikiPage.class);
            CURRENT_USER.set("alice");
            WikiPage page = new WikiPage();
            page.text = "draft";
            db.bind(page::save);
            CURRENT_USER.set("bob");
            page.text = "final";
            db.bind(page::save);
            assertThat(page.author).isEqualTo("alice");
            assertThat(page.editor).isEqualTo("bob");
            assertThat(db.find(WikiPage.class, page.id).orElseThrow().editor).isEqualTo("bob");
        } finally {
            CURRENT_USER.remove();
        }
    }
}

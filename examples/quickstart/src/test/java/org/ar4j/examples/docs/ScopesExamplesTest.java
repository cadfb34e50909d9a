package org.ar4j.examples.docs;

import java.util.List;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of docs/scopes.md, compiled and run. */
class ScopesExamplesTest {
    private Database db;

    @BeforeEach
    void open() {
        db = Database.builder().url("jdbc:sqlite::memory:").build();
        db.makeDefault();
        db.schema().createIfMissing(Story.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Story story(String title, boolean draft, int votes) {
        Story s = new Story();
        s.title = title;
        s.draft = draft;
        s.votes = votes;
        return s.save();
    }

    @Test
    void scopes() {
        story("hello", false, 150);
        story("quiet", false, 3);
        story("wip", true, 500);
        // tag::scopes[]
        List<Story> published = ActiveRecord.query(Story.class).all();                 // WHERE draft = false
        List<Story> popular = ActiveRecord.query(Story.class).apply(Story::popular).all();
        long everything = ActiveRecord.query(Story.class).unscoped().count();          // drafts too
        long drafts = ActiveRecord.query(Story.class).unscoped(Story.PUBLISHED).where("draft", true).count();
        // end::scopes[]
        assertThat(published).extracting(s -> s.title).containsExactlyInAnyOrder("hello", "quiet");
        assertThat(popular).extracting(s -> s.title).containsExactly("hello");
        assertThat(everything).isEqualTo(3);
        assertThat(drafts).isEqualTo(1);
    }

    @Test
    void softDelete() {
        Story story = story("hello", false, 150);
        story("other", false, 1);
        // tag::soft-delete[]
        story.delete();                          // UPDATE stories SET deleted_at = ? ...: the row stays
        boolean gone = ActiveRecord.find(Story.class, story.id).isEmpty();                    // true
        long kept = ActiveRecord.query(Story.class).withDeleted().count();                    // 2
        List<Story> bin = ActiveRecord.query(Story.class).onlyDeleted().all();                // [story]

        story.restore();                         // deleted_at = null again
        story.forceDelete();                     // DELETE FROM stories ...: the row is gone
        ActiveRecord.query(Story.class).deleteAll();                                          // marks the rest
        long removed = ActiveRecord.query(Story.class).withDeleted().forceDeleteAll();        // 1
        // end::soft-delete[]
        assertThat(gone).isTrue();
        assertThat(kept).isEqualTo(2);
        assertThat(bin).extracting(s -> s.title).containsExactly("hello");
        assertThat(removed).isEqualTo(1);
        assertThat(ActiveRecord.query(Story.class).unscoped().count()).isZero();
    }
}

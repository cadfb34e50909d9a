package org.ar4j.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ar4j.ActiveRecord;
import org.ar4j.Database;
import org.ar4j.query.Where;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The polymorphic examples of docs/relations.md, compiled and run; DocSnippetsTest keeps the page in sync. */
class PolymorphicExamplesTest {
    private Database db;
    private final AtomicInteger queries = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.builder().url("jdbc:sqlite::memory:").build();
        db.makeDefault();
        db.schema().createIfMissing(Photo.class, Video.class, Comment.class);
        db.addQueryListener(e -> {
            if (!e.isTransactionControl()) {
                queries.incrementAndGet();
            }
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void pointLoadAndQuery() {
        // tag::use[]
        Photo photo = new Photo("harbour").save();
        Video video = new Video();
        video.title = "launch";
        video.save();                                // ids collide with photos': the type tells them apart
        for (ActiveRecord<?> target : List.of(photo, video, photo)) {
            Comment c = new Comment();
            c.body = "nice";
            Comment.COMMENTABLE.set(c, target);      // sets commentableType and commentableId
            c.save();
        }

        List<Comment> comments = ActiveRecord.query(Comment.class).with("commentable").all(); // 3 queries:
        for (Comment c : comments) {                                                      // comments, photos, videos
            if (c.commentable() instanceof Photo p) {
                System.out.println(c.body + " on photo " + p.title);
            } else if (c.commentable() instanceof Video v) {
                System.out.println(c.body + " on video " + v.title);
            }
        }

        List<Comment> onPhoto = photo.comments();                 // only the photo's two, never the video's
        List<Photo> discussed = ActiveRecord.query(Photo.class).where(Where.has(Photo.COMMENTS)).all();
        // end::use[]
        queries.set(0);
        ActiveRecord.query(Comment.class).with("commentable").all();
        assertThat(queries.get()).isEqualTo(3);
        assertThat(onPhoto).hasSize(2).allSatisfy(c -> assertThat(c.commentableType).isEqualTo("Photo"));
        assertThat(video.comments()).extracting(c -> c.commentableType).containsExactly("video");
        assertThat(discussed).extracting(p -> p.id).containsExactly(photo.id);
        assertThat(Video.PINNED.get(video)).isNotNull();
        List<String> seen = new ArrayList<>();
        comments.forEach(c -> seen.add(c.commentable().getClass().getSimpleName()));
        assertThat(seen).containsExactly("Photo", "Video", "Photo");
    }
}

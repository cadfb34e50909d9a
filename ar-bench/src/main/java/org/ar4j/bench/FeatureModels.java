package org.ar4j.bench;

import org.ar4j.ActiveRecord;
import org.ar4j.Convert;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.ValueConverter;
import org.ar4j.query.DefaultScope;
import org.ar4j.query.Where;

/**
 * The bench's posts read through two features whose cost the paired table measures: a default scope and a value
 * converter. Both map the same table as {@link Models.Post}, so the rows are the same rows.
 */
public final class FeatureModels {
    private FeatureModels() {
    }

    /**
     * A post with a default scope: only posts of a user with a positive id, which is every post, so the database
     * returns the same rows and the hand-written statement carries the same condition.
     */
    @Table("bench_posts")
    public static class ScopedPost extends ActiveRecord<ScopedPost> {
        @Id public Long id;
        public Long userId;
        public String title;
        public String body;

        public static final DefaultScope<ScopedPost> OF_KNOWN_USERS = DefaultScope.of(Where.gt("userId", 0L));
    }

    /** A post title as a value type. */
    public record Title(String text) {
    }

    /** Stores a {@link Title} as its text. */
    public static final class TitleConverter implements ValueConverter<Title, String> {
        @Override
        public Class<String> storedType() {
            return String.class;
        }

        @Override
        public String toStored(Title value) {
            return value.text();
        }

        @Override
        public Title fromStored(String stored) {
            return new Title(stored);
        }
    }

    /** A post whose title goes through {@link TitleConverter}. */
    @Table("bench_posts")
    public static class TitledPost extends ActiveRecord<TitledPost> {
        @Id public Long id;
        public Long userId;
        @Convert(TitleConverter.class) public Title title;
        public String body;
    }

    /** The hand-written twin of {@link TitledPost}. */
    public static final class PTitledPost {
        public Long id;
        public Long userId;
        public Title title;
        public String body;
    }
}

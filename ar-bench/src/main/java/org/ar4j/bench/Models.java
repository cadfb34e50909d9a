package org.ar4j.bench;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.relation.HasMany;
import org.ar4j.relation.BelongsTo;

/** The benchmark's three shapes of the same tables: ar4j models, plain objects, Hibernate entities. */
public final class Models {
    private Models() {
    }

    // ---- ar4j -----------------------------------------------------------------------------

    /** ar4j user. */
    @Table("bench_users")
    public static class User extends ActiveRecord<User> {
        @Id public Long id;
        public String username;
        public String email;
        public static final HasMany<Post> POSTS = hasMany(Post.class).foreignKey("userId").inverseOf("user");
    }

    /** ar4j post. */
    @Table("bench_posts")
    public static class Post extends ActiveRecord<Post> {
        @Id public Long id;
        public Long userId;
        public String title;
        public String body;
        public static final BelongsTo<User> USER = belongsTo(User.class).inverseOf("posts");
        public static final HasMany<Comment> COMMENTS = hasMany(Comment.class).foreignKey("postId").inverseOf("post");
    }

    /** ar4j comment. */
    @Table("bench_comments")
    public static class Comment extends ActiveRecord<Comment> {
        @Id public Long id;
        public Long postId;
        public String body;
        public static final BelongsTo<Post> POST = belongsTo(Post.class).inverseOf("comments");
    }

    /** ar4j item for batch inserts. */
    @Table("bench_items")
    public static class Item extends ActiveRecord<Item> {
        @Id public Long id;
        public String name;
        public int qty;
    }

    // ---- plain objects (hand-written JDBC, plain driver) ---------------------------------------

    /** Plain user. */
    public static final class PUser {
        public Long id;
        public String username;
        public String email;
        public final List<PPost> posts = new ArrayList<>();
    }

    /** Plain post. */
    public static final class PPost {
        public Long id;
        public Long userId;
        public String title;
        public String body;
        public final List<PComment> comments = new ArrayList<>();
    }

    /** Plain item for the hand-written batch insert. */
    public static final class PItem {
        public Long id;
        public String name;
        public int qty;
    }

    /** Plain comment. */
    public static final class PComment {
        public Long id;
        public Long postId;
        public String body;
    }

    // ---- Hibernate ------------------------------------------------------------------------------

    /** Hibernate user: collections fetched by subselect, its fastest plan for whole graphs. */
    @Entity(name = "HUser")
    @jakarta.persistence.Table(name = "bench_users")
    public static class HUser {
        @jakarta.persistence.Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
        public String username;
        public String email;
        @OneToMany(mappedBy = "user", fetch = FetchType.LAZY) @Fetch(FetchMode.SUBSELECT)
        @jakarta.persistence.OrderBy("id") public List<HPost> posts = new ArrayList<>();
    }

    /** Hibernate post. */
    @Entity(name = "HPost")
    @jakarta.persistence.Table(name = "bench_posts")
    public static class HPost {
        @jakarta.persistence.Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
        @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "user_id") public HUser user;
        public String title;
        public String body;
        @OneToMany(mappedBy = "post", fetch = FetchType.LAZY) @Fetch(FetchMode.SUBSELECT)
        @jakarta.persistence.OrderBy("id") public List<HComment> comments = new ArrayList<>();
    }

    /** Hibernate comment. */
    @Entity(name = "HComment")
    @jakarta.persistence.Table(name = "bench_comments")
    public static class HComment {
        @jakarta.persistence.Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
        @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "post_id") public HPost post;
        public String body;
    }

    /** Hibernate item. */
    @Entity(name = "HItem")
    @jakarta.persistence.Table(name = "bench_items")
    public static class HItem {
        @jakarta.persistence.Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
        public String name;
        @Column(name = "qty") public int qty;
    }
}

package org.ar4j.tck.scenarios;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ar4j.tck.fixtures.Comment;
import org.ar4j.tck.fixtures.Post;
import org.ar4j.tck.fixtures.Profile;
import org.ar4j.tck.fixtures.User;
import org.ar4j.Database;

/** Builds blog data for the relation scenarios through the public API. */
final class BlogData {
    private BlogData() {
    }

    /**
     * {@code users} users named u0.., user i has i % (maxPosts + 1) posts, post j has j % 3 + 1
     * comments with likes 0.., every even user has a profile.
     */
    static List<User> users(int users, int maxPosts) {
        return users("u", users, maxPosts);
    }

    /** As {@link #users(int, int)}, with usernames starting with {@code prefix}. */
    static List<User> users(String prefix, int users, int maxPosts) {
        List<User> out = new ArrayList<>();
        List<User> batch = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            batch.add(new User(String.format("%s%03d", prefix, i)));
        }
        Database db = Database.getDefault();
        db.insertAll(batch);
        out.addAll(batch);
        List<Post> posts = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            User u = out.get(i);
            if (i % 2 == 0) {
                profiles.add(new Profile(u, "bio of " + u.username));
            }
            for (int j = 0; j < i % (maxPosts + 1); j++) {
                Post p = new Post(u, u.username + "/p" + j);
                p.score = j;
                p.published = j % 2 == 0;
                p.createdAt = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(j);
                posts.add(p);
            }
        }
        db.insertAll(profiles);
        db.insertAll(posts);
        List<Comment> comments = new ArrayList<>();
        for (Post p : posts) {
            for (int k = 0; k < p.score % 3 + 1; k++) {
                Comment c = new Comment(p, p.title + "/c" + k, k);
                c.authorId = p.authorId;
                comments.add(c);
            }
        }
        db.insertAll(comments);
        return out;
    }
}

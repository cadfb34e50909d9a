package org.ar4j.examples.conduit.service;

import java.util.Set;

import org.ar4j.ConstraintViolationException;
import org.ar4j.examples.conduit.model.Follow;
import org.ar4j.examples.conduit.model.Follow_;
import org.ar4j.examples.conduit.model.User;
import org.ar4j.examples.conduit.model.User_;
import org.ar4j.examples.conduit.web.ApiException;
import org.ar4j.examples.conduit.web.Json;
import org.springframework.stereotype.Service;

/**
 * Profiles and follows. A follow is one row whose (follower, followed) pair is a unique key, so racing follows keep
 * one row on every backend; each write is one statement.
 */
@Service
public class ProfileService {

    /** A user's profile as the reader sees it. */
    public Json.Profile get(String username, Long reader) {
        User u = byName(username);
        return ArticleViews.profile(u, !ArticleViews.followed(reader, Set.of(u.id)).isEmpty());
    }

    /** The reader follows the user (again: nothing changes). */
    public Json.Profile follow(String username, long reader) {
        User u = byName(username);
        if (ArticleViews.followed(reader, Set.of(u.id)).isEmpty()) {
            try {
                new Follow(reader, u.id).save();
            } catch (ConstraintViolationException alreadyFollowing) {
                // a concurrent request followed first: the pair's unique key kept one row
            }
        }
        return ArticleViews.profile(u, true);
    }

    /** The reader stops following the user. */
    public Json.Profile unfollow(String username, long reader) {
        User u = byName(username);
        Follow.query().where(Follow_.pair.eq(reader + ":" + u.id)).deleteAll();
        return ArticleViews.profile(u, false);
    }

    private static User byName(String username) {
        return User.query().where(User_.username.eq(username)).first().orElseThrow(() -> ApiException.notFound("profile"));
    }
}

package org.ar4j.examples.conduit.api;

import org.ar4j.ConstraintViolationException;
import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.model.Follow;
import org.ar4j.examples.conduit.model.Follow_;
import org.ar4j.examples.conduit.model.User;
import org.ar4j.examples.conduit.model.User_;
import org.ar4j.query.Where;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Profiles and follows. */
@RestController
@RequestMapping("/api/profiles/{username}")
public class Profiles {
    private final CurrentUser me;

    public Profiles(CurrentUser me) {
        this.me = me;
    }

    static Json.Profile view(User u, boolean following) {
        return new Json.Profile(u.username, u.bio, u.image, following);
    }

    static User byName(String username) {
        return User.query().where(User_.username.eq(username)).first().orElseThrow(() -> ApiException.notFound("profile"));
    }

    static boolean follows(long follower, long followed) {
        return Follow.query().where(Where.and(Follow_.followerId.eq(follower), Follow_.followedId.eq(followed))).exists();
    }

    @GetMapping
    public Json.ProfileResponse get(@PathVariable String username) {
        Long reader = me.optional().orElse(null);
        User u = byName(username);
        return new Json.ProfileResponse(view(u, reader != null && follows(reader, u.id)));
    }

    @PostMapping("/follow")
    public Json.ProfileResponse follow(@PathVariable String username) {
        long reader = me.required();
        User u = byName(username);
        if (!follows(reader, u.id)) {
            try {
                new Follow(reader, u.id).save();
            } catch (ConstraintViolationException alreadyFollowing) {
                // a concurrent request followed first: the pair's unique key kept one row
            }
        }
        return new Json.ProfileResponse(view(u, true));
    }

    @DeleteMapping("/follow")
    public Json.ProfileResponse unfollow(@PathVariable String username) {
        long reader = me.required();
        User u = byName(username);
        Follow.query().where(Follow_.pair.eq(reader + ":" + u.id)).deleteAll();
        return new Json.ProfileResponse(view(u, false));
    }
}

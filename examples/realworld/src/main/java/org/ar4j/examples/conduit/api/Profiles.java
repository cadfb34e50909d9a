package org.ar4j.examples.conduit.api;

import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.service.ProfileService;
import org.ar4j.examples.conduit.web.Json;
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
    private final ProfileService profiles;

    public Profiles(CurrentUser me, ProfileService profiles) {
        this.me = me;
        this.profiles = profiles;
    }

    @GetMapping
    public Json.ProfileResponse get(@PathVariable String username) {
        return new Json.ProfileResponse(profiles.get(username, me.optional().orElse(null)));
    }

    @PostMapping("/follow")
    public Json.ProfileResponse follow(@PathVariable String username) {
        return new Json.ProfileResponse(profiles.follow(username, me.required()));
    }

    @DeleteMapping("/follow")
    public Json.ProfileResponse unfollow(@PathVariable String username) {
        return new Json.ProfileResponse(profiles.unfollow(username, me.required()));
    }
}

package org.ar4j.examples.conduit.api;

import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.auth.Tokens;
import org.ar4j.examples.conduit.model.User;
import org.ar4j.examples.conduit.model.User_;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration, login and the current user. */
@RestController
@RequestMapping("/api")
public class Users {
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
    private final Tokens tokens;
    private final CurrentUser me;

    public Users(Tokens tokens, CurrentUser me) {
        this.tokens = tokens;
        this.me = me;
    }

    private Json.UserResponse view(User u) {
        return new Json.UserResponse(new Json.UserBody(u.email, tokens.issue(u.id), u.username, u.bio, u.image));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "can't be blank");
        }
        return value;
    }

    /** Registers a user; a taken username or email is a 422 naming it, and nothing is written. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public Json.UserResponse register(@RequestBody Json.NewUserRequest request) {
        Json.NewUser in = request.user();
        if (in == null) {
            throw ApiException.invalid("user", "can't be blank");
        }
        User u = new User();
        u.username = required(in.username(), "username");
        u.email = required(in.email(), "email");
        u.passwordHash = passwords.encode(required(in.password(), "password"));
        u.save();
        return view(u);
    }

    @PostMapping("/users/login")
    public Json.UserResponse login(@RequestBody Json.LoginRequest request) {
        Json.Login in = request.user();
        if (in == null) {
            throw ApiException.invalid("user", "can't be blank");
        }
        User u = User.query().where(User_.email.eq(required(in.email(), "email"))).first().orElse(null);
        if (u == null || !passwords.matches(required(in.password(), "password"), u.passwordHash)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, java.util.Map.of("credentials", java.util.List.of("invalid")));
        }
        return view(u);
    }

    @GetMapping("/user")
    public Json.UserResponse current() {
        return view(User.query().whereId(me.required()).first().orElseThrow(ApiException::unauthorized));
    }

    @PutMapping("/user")
    public Json.UserResponse update(@RequestBody Json.UserUpdateRequest request) {
        User u = User.query().whereId(me.required()).first().orElseThrow(ApiException::unauthorized);
        Json.UserUpdate in = request.user();
        if (in != null) {
            if (in.username() != null) {
                u.username = required(in.username(), "username");
            }
            if (in.email() != null) {
                u.email = required(in.email(), "email");
            }
            if (in.password() != null) {
                u.passwordHash = passwords.encode(required(in.password(), "password"));
            }
            if (in.bio() != null) {
                u.bio = in.bio();
            }
            if (in.image() != null) {
                u.image = in.image();
            }
            u.save();
        }
        return view(u);
    }
}

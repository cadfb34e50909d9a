package org.ar4j.examples.conduit.service;

import java.util.List;
import java.util.Map;

import org.ar4j.examples.conduit.auth.Tokens;
import org.ar4j.examples.conduit.model.User;
import org.ar4j.examples.conduit.model.User_;
import org.ar4j.examples.conduit.web.ApiException;
import org.ar4j.examples.conduit.web.Json;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Registration, login and the current user. A taken username or email is refused by the unique index on every
 * backend (the error handler answers 422 naming the field); nothing is written then.
 */
@Service
public class UserService {
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
    private final Tokens tokens;

    public UserService(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Registers a user and returns it with a token. */
    public Json.UserBody register(Json.NewUser in) {
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

    /** The user of an email and password, with a token; 401 otherwise. */
    public Json.UserBody login(Json.Login in) {
        if (in == null) {
            throw ApiException.invalid("user", "can't be blank");
        }
        User u = User.query().where(User_.email.eq(required(in.email(), "email"))).first().orElse(null);
        if (u == null || !passwords.matches(required(in.password(), "password"), u.passwordHash)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, Map.of("credentials", List.of("invalid")));
        }
        return view(u);
    }

    /** The caller. */
    public Json.UserBody current(long id) {
        return view(byId(id));
    }

    /** Changes the caller's fields that are given. */
    public Json.UserBody update(long id, Json.UserUpdate in) {
        User u = byId(id);
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

    private static User byId(long id) {
        return User.query().whereId(id).first().orElseThrow(ApiException::unauthorized);
    }

    private Json.UserBody view(User u) {
        return new Json.UserBody(u.email, tokens.issue(u.id), u.username, u.bio, u.image);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "can't be blank");
        }
        return value;
    }
}

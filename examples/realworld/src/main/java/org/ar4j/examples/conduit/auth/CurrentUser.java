package org.ar4j.examples.conduit.auth;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import org.ar4j.examples.conduit.web.ApiException;

/** The caller's user id, from the request's "Authorization: Token jwt" header. */
@Component
public class CurrentUser {
    private final Tokens tokens;
    private final HttpServletRequest request;

    public CurrentUser(Tokens tokens, HttpServletRequest request) {
        this.tokens = tokens;
        this.request = request;
    }

    /** The caller's id, or empty for an anonymous request; a bad token is refused (401). */
    public Optional<Long> optional() {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String token = header.startsWith("Token ") ? header.substring(6) : header.startsWith("Bearer ")
                ? header.substring(7) : null;
        if (token == null) {
            throw ApiException.unauthorized();
        }
        return Optional.of(tokens.verify(token.trim()).orElseThrow(ApiException::unauthorized));
    }

    /** The caller's id; 401 without a valid token. */
    public long required() {
        return optional().orElseThrow(ApiException::unauthorized);
    }
}

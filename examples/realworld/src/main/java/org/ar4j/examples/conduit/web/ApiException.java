package org.ar4j.examples.conduit.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A failure with its HTTP status and the spec's error body: {@code {"errors": {"field": ["message"]}}}. */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final transient Map<String, List<String>> errors;

    public ApiException(HttpStatus status, Map<String, List<String>> errors) {
        super(status + " " + errors);
        this.status = status;
        this.errors = errors;
    }

    public static ApiException unauthorized() {
        return new ApiException(HttpStatus.UNAUTHORIZED, Map.of("token", List.of("is missing or invalid")));
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, Map.of(what, List.of("not found")));
    }

    public static ApiException forbidden(String what) {
        return new ApiException(HttpStatus.FORBIDDEN, Map.of(what, List.of("belongs to another user")));
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, Map.of(field, List.of(message)));
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, List<String>> errors() {
        return errors;
    }
}

package org.ar4j.examples.conduit.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ar4j.ConstraintViolationException;
import org.ar4j.Errors;
import org.ar4j.examples.conduit.web.ApiException;
import org.ar4j.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every failure as the spec's error body; ar4j's validation and unique-key failures become 422 naming the field. */
@RestControllerAdvice
public class ErrorHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e) {
        return ResponseEntity.status(e.status()).body(Map.of("errors", e.errors()));
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, Object>> validation(ValidationException e) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Errors.Error err : e.errors()) {
            errors.computeIfAbsent(err.field() == null ? "body" : err.field(), k -> new java.util.ArrayList<>())
                    .add(err.message());
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("errors", errors));
    }

    /** A unique key taken (username, email, a slug): the field's bare name, as the spec's clients show it. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Map<String, Object>> constraint(ConstraintViolationException e) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String f : e.fields()) {
            errors.put(f.substring(f.lastIndexOf('.') + 1), List.of("has already been taken"));
        }
        if (errors.isEmpty()) {
            errors.put("body", List.of("conflicts with stored data"));
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("errors", errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(Map.of("errors", Map.of("body", List.of("is not valid JSON"))));
    }
}

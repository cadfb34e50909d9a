package org.ar4j.examples.conduit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: JSON in, status and JSON out. */
final class ConduitClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ConduitClient(int port) {
        this.base = "http://127.0.0.1:" + port + "/api";
    }

    /** A response: status and body (null when empty). */
    record Response(int status, JsonNode body) {
    }

    Response call(String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Token " + token);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body() == null || r.body().isEmpty() ? null : JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a user and returns its token. */
    String register(String name) {
        Response r = call("POST", "/users", null, "{\"user\":{\"username\":\"" + name + "\",\"email\":\"" + name
                + "@example.com\",\"password\":\"secret\"}}");
        if (r.status() != 201) {
            throw new IllegalStateException("register " + name + ": " + r);
        }
        return r.body().get("user").get("token").asString();
    }
}

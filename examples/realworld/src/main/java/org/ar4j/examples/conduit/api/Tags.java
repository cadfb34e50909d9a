package org.ar4j.examples.conduit.api;

import org.ar4j.examples.conduit.model.Tag;
import org.ar4j.examples.conduit.web.Json;
import org.ar4j.examples.conduit.model.Tag_;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every tag name, in order. */
@RestController
public class Tags {
    @GetMapping("/api/tags")
    public Json.TagsResponse tags() {
        return new Json.TagsResponse(Tag.query().orderBy(Tag_.name.asc()).pluck(Tag_.name));
    }
}

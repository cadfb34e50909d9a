package org.ar4j.jackson;

import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module writing ar4j models as JSON: their mapped fields by Java name and their loaded relations, never
 * ar4j's own state ({@code newRecord}, caches) and never a query. {@code @JsonIgnore} on a field (a password hash) or
 * on a relation constant leaves it out; {@code @JsonProperty("name")} on a field renames it. Register it on the
 * application's mapper ({@code JsonMapper.builder().addModule(new Ar4jModule())}) so a REST controller can return
 * models; ar-spring does so for the context's mapper.
 */
public final class Ar4jModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module. */
    public Ar4jModule() {
        super("ar4j");
        addSerializer(new ModelSerializer());
    }
}

package org.ar4j.core.internal.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.ar4j.JsonCodec;
import org.ar4j.ModelDefinitionException;

/** Finds the {@link JsonCodec} on the class path (the {@code ar-jackson} module's). */
final class JsonCodecs {
    private JsonCodecs() {
    }

    /** The one codec on the class path; none or several are refused, naming the field that needs one. */
    static JsonCodec find(String where) {
        List<JsonCodec> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ClassLoader cl : new ClassLoader[] {JsonCodec.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            if (cl == null) {
                continue;
            }
            try {
                for (JsonCodec c : ServiceLoader.load(JsonCodec.class, cl)) {
                    if (!names.contains(c.getClass().getName())) {
                        names.add(c.getClass().getName());
                        found.add(c);
                    }
                }
            } catch (ServiceConfigurationError | LinkageError e) {
                throw new ModelDefinitionException(where + " is @Json, but the JSON codec on the class path cannot be"
                        + " loaded (" + e.getMessage() + "); check the ar-jackson module and its Jackson 3 jars", e);
            }
        }
        if (found.isEmpty()) {
            throw new ModelDefinitionException(where + " is @Json, but no JSON codec is on the class path; add the"
                    + " ar-jackson module (Jackson 3), or give the database one with DatabaseBuilder.json(...)");
        }
        if (found.size() > 1) {
            throw new ModelDefinitionException(where + " is @Json, and several JSON codecs are on the class path "
                    + names + "; choose one with DatabaseBuilder.json(...)");
        }
        return found.get(0);
    }
}

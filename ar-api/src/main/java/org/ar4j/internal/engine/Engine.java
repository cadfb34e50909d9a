package org.ar4j.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.ar4j.ActiveRecord;
import org.ar4j.ConfigurationException;
import org.ar4j.ConnectionSpec;
import org.ar4j.Database;
import org.ar4j.query.RelationPath;




/**
 * The bridge from ar-api to its one implementation, ar-core, found through {@link ServiceLoader}: it opens databases
 * and says which database a record or model uses; everything else goes through that database's
 * {@link RecordOperations}. Applications and backend authors never call it; it is public only because the API classes
 * and the implementation live in different jars.
 */
public interface Engine {

    /** The engine on the classpath; fails with a clear message when ar-core is missing. */
    static Engine get() {
        return Holder.ENGINE;
    }

    /** Opens a database. */
    Database connect(ConnectionSpec spec);

    /**
     * The operations of the database a record was loaded from or written to; for a new record (or a null one) its
     * model's database; for a null model, the default database.
     */
    RecordOperations database(Class<?> model, ActiveRecord<?> record);

    /** The resolved name of a relation descriptor, or null before its model was verified (model metadata). */
    String relationName(RelationPath<?> relation);

    /** Loads the one engine, failing loudly when there is none or several. */
    final class Holder {
        static final Engine ENGINE = load();

        private Holder() {
        }

        private static Engine load() {
            List<Engine> found = new ArrayList<>();
            List<String> broken = new ArrayList<>();
            ServiceLoader<Engine> loader = ServiceLoader.load(Engine.class, Engine.class.getClassLoader());
            var it = loader.iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    found.add(it.next());
                } catch (ServiceConfigurationError e) {
                    broken.add(e.getMessage());
                }
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.isEmpty()) {
                throw new ConfigurationException("ar4j's engine is not on the classpath: add org.ar4j:ar-core"
                        + " (it comes with every backend jar, such as org.ar4j:ar-dialect-sqlite)"
                        + (broken.isEmpty() ? "" : "; engines that failed to load: " + broken));
            }
            throw new ConfigurationException("Several ar4j engines are on the classpath: " + found
                    + "; keep exactly one org.ar4j:ar-core jar");
        }
    }
}

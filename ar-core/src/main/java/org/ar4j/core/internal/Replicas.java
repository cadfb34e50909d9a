package org.ar4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ar4j.ConfigurationException;
import org.ar4j.QueryEvent;
import org.ar4j.QueryListener;
import org.ar4j.core.internal.session.ReplicaRouter;
import org.ar4j.ConnectionSpec;
import org.ar4j.spi.Backend;
import org.ar4j.spi.BackendConfig;
import org.ar4j.spi.BackendProvider;

/**
 * Puts a database's read replicas in front of its primary: each replica is opened by the primary's provider at
 * first use and reports its statements under its own name ({@code "replica 1 (host:port)"}).
 */
final class Replicas {
    private static final Pattern HOST = Pattern.compile("//(?:[^@/?;]*@)?([^/?;]+)");

    private Replicas() {
    }

    /** The primary alone without replicas, else a router over it and the replicas. */
    static Backend route(BackendProvider provider, Backend primary, ConnectionSpec spec, DatabaseImpl db) {
        if (spec.replicas().replicas().isEmpty()) {
            return primary;
        }
        List<Supplier<Backend>> openers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ConnectionSpec.Replica r : spec.replicas().replicas()) {
            String url = r.url();
            if (url != null) {
                BackendProvider chosen = Backends.choose(url, spec.target().backend());
                if (!chosen.name().equals(provider.name())) {
                    throw new ConfigurationException("The replica " + new BackendConfig(url, Map.of(), null)
                            .redactedUrl() + " is a " + chosen.name() + " URL; the primary is " + provider.name()
                            + ": a replica runs the primary's backend");
                }
            }
            String name = "replica " + (names.size() + 1) + (url == null ? "" : " (" + where(url) + ")");
            names.add(name);
            openers.add(() -> provider.open(new BackendConfig(url != null ? url : ConnectionSettings.urlOf(r.dataSource()),
                    spec.properties(), named(db, name), r.dataSource(), null,
                    spec.logging().logParameters())));
        }
        return ReplicaRouter.of(primary, openers, names, spec.replicas().policy(), spec.target().hostTransactions());
    }

    /** The database's listener, with the replica's name on each event. */
    private static QueryListener named(DatabaseImpl db, String name) {
        return new QueryListener() {
            @Override
            public void onQuery(QueryEvent event) {
                db.onQuery(event.onServer(name));
            }

            @Override
            public boolean wantsEvents() {
                return db.wantsEvents();
            }
        };
    }

    /** The host and port of a URL, without credentials, for names in events and logs. */
    static String where(String url) {
        Matcher m = HOST.matcher(url);
        return m.find() ? m.group(1) : "?";
    }
}

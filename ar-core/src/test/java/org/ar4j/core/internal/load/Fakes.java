package org.ar4j.core.internal.load;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Set;

import org.ar4j.LoadMode;
import org.ar4j.core.internal.session.DefaultRelationCache;
import org.ar4j.core.internal.session.Session;
import org.ar4j.spi.Backend;
import org.ar4j.Capability;

/** A session that only answers what plans and linkers ask: the backend's capabilities and the relation cache. */
final class Fakes {
    private Fakes() {
    }

    static Session session(Set<Capability> capabilities) {
        Backend backend = (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (p, m, a) -> switch (m.getName()) {
                    case "capabilities" -> capabilities;
                    case "supports" -> capabilities.contains((Capability) a[0]);
                    case "name" -> "fake";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        DefaultRelationCache cache = new DefaultRelationCache(Clock.systemUTC());
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (p, m, a) -> switch (m.getName()) {
                    case "backend" -> backend;
                    case "cacheFor" -> cache;
                    case "loadMode" -> LoadMode.PEERS;
                    case "owner" -> p;
                    case "backendName" -> "fake";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}

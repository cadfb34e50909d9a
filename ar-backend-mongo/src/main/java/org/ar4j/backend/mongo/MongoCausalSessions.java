package org.ar4j.backend.mongo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.ClientSessionOptions;
import com.mongodb.ConnectionString;
import com.mongodb.ReadPreference;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;

import org.ar4j.ConfigurationException;

/**
 * Read-your-writes where MongoDB itself sends reads to secondaries: with a connection string whose
 * {@code readPreference} is not {@code primary}, every command a thread runs outside a transaction runs in that
 * thread's causally consistent session, so a read waits until the secondary has the thread's earlier writes. A
 * server without sessions (a standalone, the in-process test server) cannot promise that, so such a URL is refused
 * when the database opens.
 */
final class MongoCausalSessions {
    private final MongoClient client;
    private final boolean on;
    private final ThreadLocal<ClientSession> mine = new ThreadLocal<>();
    private final Set<ClientSession> all = ConcurrentHashMap.newKeySet();

    private MongoCausalSessions(MongoClient client, boolean on) {
        this.client = client;
        this.on = on;
    }

    /** Sessions when the URL reads from secondaries; a refusal when the server has no sessions for them. */
    static MongoCausalSessions of(MongoClient client, ConnectionString url, boolean serverHasSessions, String shownUrl) {
        ReadPreference rp = url.getReadPreference();
        boolean secondaries = rp != null && !rp.equals(ReadPreference.primary());
        if (secondaries && !serverHasSessions) {
            throw new ConfigurationException("The MongoDB URL " + shownUrl + " reads from secondaries (readPreference="
                    + rp.getName() + "), and ar4j keeps read-your-writes there with causally consistent sessions, which"
                    + " this server does not support (it is not a replica set). Connect to a replica set, or drop"
                    + " readPreference to read from the primary");
        }
        return new MongoCausalSessions(client, secondaries);
    }

    /** The calling thread's causally consistent session, or null when reads stay on the primary. */
    ClientSession session() {
        if (!on) {
            return null;
        }
        ClientSession s = mine.get();
        if (s == null) {
            s = client.startSession(ClientSessionOptions.builder().causallyConsistent(true).build());
            mine.set(s);
            all.add(s);
        }
        return s;
    }

    /** Ends every session (when the backend closes). */
    void close() {
        all.forEach(ClientSession::close);
        all.clear();
    }
}

package org.ar4j.core.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ar4j.ConfigurationException;
import org.ar4j.Database;
import org.ar4j.core.internal.meta.ModelRegistry;
import org.ar4j.core.internal.session.OpenTransactions;
import org.ar4j.core.internal.session.Session;

/**
 * Which database a model static uses, in the order {@link Database}'s javadoc states: the database whose
 * transaction is open on this thread, the thread's binding, the model's binding, the default. This is the only
 * state ar4j keeps beside its databases, because model statics name no database: the open databases and those made
 * the default, the models bound to one, and per thread the bindings and open transactions. Every
 * database removes itself when it closes. Thread-safe.
 */
final class DatabaseResolver implements OpenTransactions {
    /** The open databases, in the order they opened. */
    private final ArrayDeque<DatabaseImpl> defaults = new ArrayDeque<>();
    /** The databases made the default with {@code makeDefault()}, the latest first; without one, a lone open one is. */
    private final ArrayDeque<DatabaseImpl> chosen = new ArrayDeque<>();
    private final Map<Class<?>, DatabaseImpl> models = new ConcurrentHashMap<>();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatabaseResolver.class);
    private final ThreadLocal<ArrayDeque<Bound>> bound = new ThreadLocal<>();
    private final ThreadLocal<ArrayDeque<Session>> transactions = new ThreadLocal<>();

    synchronized void connected(DatabaseImpl db) {
        defaults.addLast(db);
    }

    synchronized void makeDefault(DatabaseImpl db) {
        chosen.remove(db);
        chosen.addFirst(db);
    }

    /** A database closed: it is no longer a default nor a model's binding (threads' bindings end with their scope). */
    synchronized void closed(DatabaseImpl db) {
        defaults.remove(db);
        chosen.remove(db);
        models.values().removeIf(d -> d == db);
    }

    void bindModel(Class<?> model, DatabaseImpl db) {
        models.put(model, db);
    }

    /** Binds a database to the calling thread until the binding is closed; bindings nest. */
    Database.Binding bindThread(DatabaseImpl db) {
        ArrayDeque<Bound> stack = bound.get();
        if (stack == null) {
            stack = new ArrayDeque<>(2);
            bound.set(stack);
        }
        Thread owner = Thread.currentThread();
        ArrayDeque<Bound> mine = stack;
        Database.Binding binding = new Database.Binding() {
            private boolean closed;

            @Override
            public void close() {
                if (closed) {
                    return;
                }
                if (Thread.currentThread() != owner) {
                    throw new org.ar4j.Ar4jException("A database binding must be closed on the thread that bound it ("
                            + owner.getName() + "), not on " + Thread.currentThread().getName() + ": close it in a"
                            + " try-with-resources block around the work, or use db.bind(() -> ...)");
                }
                closed = true;
                mine.removeIf(b -> b.token.get() == this);
                if (mine.isEmpty()) {
                    bound.remove();
                }
            }
        };
        stack.addFirst(new Bound(db, new WeakReference<>(binding)));
        return binding;
    }

    /**
     * A thread's binding. The stack holds its Binding weakly: a binding its opener dropped without closing (a task on
     * a pooled thread that never closed it) is forgotten once collected, with a warning, instead of serving every
     * later task of that thread.
     */
    private record Bound(DatabaseImpl db, WeakReference<Database.Binding> token) {
    }

    /** The database bound to this thread, dropping bindings that were never closed and are gone; null for none. */
    private DatabaseImpl boundDatabase() {
        ArrayDeque<Bound> stack = bound.get();
        while (stack != null && !stack.isEmpty()) {
            Bound top = stack.peekFirst();
            if (top.token.get() != null) {
                return top.db;
            }
            stack.pollFirst();
            LOG.warn("A binding of {} on thread {} was never closed and its Binding is gone: it no longer applies."
                    + " Close bindings (try (var b = db.bindToThread()) { ... }), or use db.bind(() -> ...)", top.db,
                    Thread.currentThread().getName());
            if (stack.isEmpty()) {
                bound.remove();
            }
        }
        return null;
    }

    @Override
    public void opened(Session db) {
        ArrayDeque<Session> open = transactions.get();
        if (open == null) {
            open = new ArrayDeque<>(2);
            transactions.set(open);
        }
        open.addFirst(db);
    }

    @Override
    public void ended(Session db) {
        ArrayDeque<Session> open = transactions.get();
        if (open != null) {
            open.removeFirstOccurrence(db);
            if (open.isEmpty()) {
                transactions.remove();
            }
        }
    }

    /** The database for a model's statics on this thread. */
    DatabaseImpl resolve(Class<?> model) {
        ModelRegistry.requireModelClass(model);
        ArrayDeque<Session> open = transactions.get();
        if (open != null && !open.isEmpty()) {
            return (DatabaseImpl) open.peekFirst();
        }
        DatabaseImpl bindingOf = boundDatabase();
        if (bindingOf != null) {
            return bindingOf;
        }
        DatabaseImpl d = models.get(model);
        return d != null ? d : defaultDatabase(model);
    }

    /** How model statics find their database, for the errors that say none was found. */
    private static final String ORDER = "Model statics use, in this order: the database whose transaction is open on"
            + " this thread, the database bound to this thread (db.bindToThread() or db.bind(...)), the database the"
            + " model is bound to (Database.builder().bind(Model.class) or db.bind(Model.class)), the default database"
            + " (the one made the default with db.makeDefault(), else the only one open).";
    private static final String SPRING = " Under Spring (ar-spring), run the code inside the context: in a test, a web"
            + " request or an @Async or scheduled task of the context (ar-spring binds its Database there), or inject"
            + " the Database bean and use db.query(...) or db.bind(() -> ...)";

    /** The default database; {@code model} (or null) is named in the error when none is open. */
    synchronized DatabaseImpl defaultDatabase(Class<?> model) {
        DatabaseImpl d = !chosen.isEmpty() ? chosen.peekFirst() : defaults.size() == 1 ? defaults.peekFirst() : null;
        String forWhat = model == null ? "" : " for " + model.getSimpleName();
        if (d == null && defaults.size() > 1) {
            throw new ConfigurationException(defaults.size() + " databases are open (" + defaults + ") and none is the"
                    + " one" + forWhat + " on this thread, so ar4j will not guess which to read or write. " + ORDER + SPRING);
        }
        if (d == null) {
            throw new ConfigurationException("No database is open" + forWhat + ". " + ORDER + " Open one with"
                    + " Database.connect(url)." + SPRING);
        }
        return d;
    }
}

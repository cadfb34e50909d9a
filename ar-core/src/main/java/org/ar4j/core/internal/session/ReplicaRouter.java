package org.ar4j.core.internal.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ar4j.ConfigurationException;
import org.ar4j.ReplicaPolicy;
import org.ar4j.WritePosition;
import org.ar4j.spi.Backend;
import org.ar4j.spi.Read;
import org.ar4j.spi.Write;
import org.ar4j.spi.BackendTransaction;
import org.ar4j.Capability;
import org.ar4j.HostTransactions;
import org.ar4j.spi.SchemaChange;
import org.ar4j.spi.TableSpec;

/**
 * The primary and its read replicas as one backend. Writes, schema work and everything inside a transaction (ar4j's
 * or the host framework's) go to the primary. A read outside one goes to a replica in turn that is in service,
 * within the policy's lag bound, and has replayed every position the reader must see — the thread's own last write
 * (asked of the primary once after its writes) and any position handed in with {@code readYourWrites} — else to the
 * primary. A replica whose read fails is left out for a while and the read is retried on the primary, so the caller
 * sees no error the primary would not give. The primary is the backend operations are forwarded to ({@code delegate}).
 */
public final class ReplicaRouter extends ForwardingBackend {
    /** The position of a write the primary could not place (no binary log): no replica is known to have it. */
    private static final String UNKNOWN = new String("unknown");

    /** What one thread must see, and what it knows of the replicas. */
    private static final class Reader {
        /** Whether the thread wrote since its position was last asked. */
        boolean dirty;
        /** The thread's last write position, or null. */
        String position;
        /** Positions handed in with readYourWrites, innermost first. */
        final Deque<String> handedIn = new ArrayDeque<>();
        /** The last position each replica was seen to have replayed. */
        final Map<ReplicaNode, String> confirmed = new HashMap<>();
        int transactions;
    }

    private final List<ReplicaNode> replicas;
    private final ReplicaPolicy policy;
    private final HostTransactions host;
    private final ThreadLocal<Reader> readers;
    private final AtomicInteger next;
    /** Whether this is the view that reads from the primary only ({@code Query.fromPrimary()}). */
    private final boolean primaryOnly;
    private final ReplicaRouter pinned;

    ReplicaRouter(Backend primary, List<ReplicaNode> replicas, ReplicaPolicy policy, HostTransactions host) {
        super(primary);
        this.replicas = List.copyOf(replicas);
        this.policy = policy;
        this.host = host;
        this.readers = ThreadLocal.withInitial(Reader::new);
        this.next = new AtomicInteger();
        this.primaryOnly = false;
        this.pinned = new ReplicaRouter(this);
    }

    /** The view of a router that reads from the primary only; writes and transactions count as on the router. */
    private ReplicaRouter(ReplicaRouter base) {
        super(base.delegate);
        this.replicas = base.replicas;
        this.policy = base.policy;
        this.host = base.host;
        this.readers = base.readers;
        this.next = base.next;
        this.primaryOnly = true;
        this.pinned = this;
    }

    /** The same servers, every read on the primary ({@code Query.fromPrimary()}). */
    public Backend pinnedToPrimary() {
        return pinned;
    }

    /**
     * A router over the primary and replicas opened at first use, each named (for events and logs) as the list of
     * names says. Refuses a backend without {@link Capability#REPLICAS}.
     */
    public static ReplicaRouter of(Backend primary, List<Supplier<Backend>> replicas, List<String> names,
                                   ReplicaPolicy policy, HostTransactions host) {
        primary.require(Capability.REPLICAS, "read replicas (Database.builder().replica(...))");
        List<ReplicaNode> nodes = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
            nodes.add(new ReplicaNode(names.get(i), replicas.get(i)));
        }
        return new ReplicaRouter(primary, nodes, policy, host);
    }

    // ---- routing -------------------------------------------------------------------------------

    private <R> R read(Supplier<R> onPrimary, Function<Backend, R> op) {
        Reader r = readers.get();
        if (primaryOnly || r.transactions > 0 || (host != null && host.isActive())) {
            return onPrimary.get();
        }
        List<String> needs = needs(r);
        int n = replicas.size();
        int start = Math.floorMod(next.getAndIncrement(), n);
        for (int i = 0; i < n; i++) {
            ReplicaNode node = replicas.get((start + i) % n);
            if (!node.available()) {
                continue;
            }
            boolean usable;
            try {
                usable = fresh(node, r, needs);
            } catch (RuntimeException e) {
                node.failed(e, policy.retryAfter());
                continue;
            }
            if (!usable) {
                continue;
            }
            R result;
            try {
                result = op.apply(node.backend());
            } catch (RuntimeException e) {
                R again = onPrimary.get(); // fails as the primary fails: then the replica was not at fault
                node.failed(e, policy.retryAfter());
                return again;
            }
            node.answered();
            return result;
        }
        return onPrimary.get();
    }

    /** What this thread's reads must see: its own last write (asked of the primary now if it wrote), handed-in positions. */
    private List<String> needs(Reader r) {
        if (r.dirty) {
            r.position = delegate.replicationPosition().orElse(UNKNOWN);
            r.dirty = false;
        }
        List<String> needs = new ArrayList<>(r.handedIn);
        if (r.position != null) {
            needs.add(r.position);
        }
        return needs;
    }

    private boolean fresh(ReplicaNode node, Reader r, List<String> needs) {
        if (policy.maxLag() != null && !node.lagWithin(policy.maxLag())) {
            return false;
        }
        for (String p : needs) {
            if (p == UNKNOWN) {
                return false;
            }
            if (p.equals(r.confirmed.get(node))) {
                continue;
            }
            if (!node.backend().hasReplayed(p, policy.waitForReplay())) {
                return false;
            }
            r.confirmed.put(node, p);
        }
        node.answered();
        return true;
    }

    private <R> R write(Supplier<R> work) {
        readers.get().dirty = true;
        return work.get();
    }

    /** The calling thread's last write position, asking the primary once after writes. */
    public Optional<WritePosition> lastWrite() {
        Reader r = readers.get();
        needs(r);
        return Optional.ofNullable(r.position == UNKNOWN ? null : r.position).map(p -> WritePosition.of(delegate.name(), p));
    }

    /** Runs work whose reads must see a position. */
    public <R> R readAfter(WritePosition position, Supplier<R> work) {
        if (!position.backend().equals(delegate.name())) {
            throw new ConfigurationException("The write position " + position + " is of a " + position.backend()
                    + " database; this one is " + delegate.name());
        }
        Reader r = readers.get();
        r.handedIn.push(position.position());
        try {
            return work.get();
        } finally {
            r.handedIn.pop();
        }
    }

    private BackendTransaction tracked(BackendTransaction tx) {
        Reader r = readers.get();
        r.transactions++;
        return new EndingTransaction(tx, () -> r.transactions--);
    }

    // ---- Backend -------------------------------------------------------------------------------

    @Override
    public <R> R read(Read<R> read) {
        return read(() -> delegate.read(read), b -> b.read(read));
    }

    @Override
    public <R> R write(Write<R> write) {
        return write(() -> delegate.write(write));
    }

    /**
     * Together on the primary where every read goes there (the pinned view); else each read is routed on its own,
     * so no primary connection is held for reads a replica serves.
     */
    @Override
    public <R> R readTogether(Supplier<R> reads) {
        return primaryOnly ? delegate.readTogether(reads) : reads.get();
    }

    @Override
    public void createTable(TableSpec table, boolean ifMissing) {
        write(() -> {
            delegate.createTable(table, ifMissing);
            return null;
        });
    }

    @Override
    public void dropTable(TableSpec table, boolean ifExists) {
        write(() -> {
            delegate.dropTable(table, ifExists);
            return null;
        });
    }

    @Override
    public void migrate(List<SchemaChange> changes) {
        write(() -> {
            delegate.migrate(changes);
            return null;
        });
    }

    @Override
    public BackendTransaction begin() {
        return tracked(delegate.begin());
    }

    @Override
    public BackendTransaction joinHostTransaction() {
        return tracked(delegate.joinHostTransaction());
    }

    @Override
    public void close() {
        if (primaryOnly) {
            return;
        }
        for (ReplicaNode n : replicas) {
            try {
                n.close();
            } catch (RuntimeException e) {
                // a replica that fails to close does not keep the primary open
            }
        }
        delegate.close();
    }
}

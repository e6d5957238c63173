package app.digitpad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs several networks on the same inputs at once, one network per core, each pass on one OpenMP thread. A
 * number's judge is five small networks and the gate two; at a number's batch sizes (a few to a few dozen
 * candidates) two cores sharing one small pass through OpenMP wait for each other more than they work: the
 * five judge networks on 36 candidates took 32-42 ms one after another with OpenMP and 19-21 ms one network per
 * core, on 4 candidates 11-12 ms and 6-7 ms (BENCHMARKS.md, "A number's digits read in one call").
 *
 * <p>The threads are daemons the process owns, as many as {@link Backend#cores}; with one core (or one
 * network) the caller runs them itself. A network is used by one task at a time, as DL4J needs. Any thread may
 * call it but its own; an interrupt waits for the passes under way (as a pass on the caller's own thread would)
 * and is kept for the caller.
 */
public final class EachNetwork {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final ThreadLocal<Boolean> MINE = ThreadLocal.withInitial(() -> false);

    private EachNetwork() {
    }

    /** The cores to share the networks among, read once. */
    private static final class Cores {
        static final int COUNT = Backend.cores();
    }

    /** Made on first use: a process whose passes run on one core never starts it. */
    private static final class Pool {
        static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(Math.max(2, Cores.COUNT), task -> {
            Thread t = new Thread(() -> {
                MINE.set(true);
                task.run();
            }, "digitpad-networks-" + NAMES.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Each network's output rows for {@code count} inputs laid end to end, in the order of {@code networks}. */
    public static List<float[][]> outputs(List<Network> networks, float[] inputs, int count) {
        return outputs(networks, inputs, count, Cores.COUNT > 1);
    }

    /** {@link #outputs}, on the pool when {@code shared} (the tests run one core per JVM and ask for it). */
    static List<float[][]> outputs(List<Network> networks, float[] inputs, int count, boolean shared) {
        if (networks.size() < 2 || MINE.get() || !shared) {
            return networks.stream().map(n -> n.outputs(inputs, count)).toList();
        }
        List<Future<float[][]>> running = new ArrayList<>();
        for (Network network : networks) {
            running.add(Pool.EXECUTOR.submit(() -> {
                try (Backend.SingleThreaded one = Backend.singleThreaded()) {
                    return network.outputs(inputs, count);
                }
            }));
        }
        List<float[][]> out = new ArrayList<>();
        boolean interrupted = false;
        RuntimeException failed = null;
        for (Future<float[][]> f : running) {
            while (true) {
                try {
                    out.add(f.get());
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // every task finishes first: none may outlive the call on its network
                } catch (ExecutionException e) {
                    failed = failed != null ? failed : e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("a network's pass failed", e.getCause());
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failed != null) {
            throw failed;
        }
        return out;
    }
}

package app.digitpad.ui.shared;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Newest request wins" for a model whose answers are worked out on a worker thread. Requests made while
 * one waits for the worker replace it (one worker task serves them all, and only the newest is worked
 * out), and an answer is published (on the FX thread) only if it is the newest, so a view never shows an answer to an input
 * it no longer holds. With {@code showOlderAnswers} an answer is also published when it is newer than
 * the one on show, so a pad answering while the pen still moves shows something on a slow machine.
 * Requests are made and answers published on the FX thread; the work runs on the worker.
 */
public final class LatestRequest {

    private final Executor worker;
    private final Executor fx;
    private final boolean showOlderAnswers;
    /** The newest request's work, until the worker takes it. */
    private final AtomicReference<Runnable> waiting = new AtomicReference<>();
    /** The newest request's number. FX thread. */
    private long newest;
    /** The number of the request whose answer is on show. FX thread. */
    private long shown;

    public LatestRequest(Executor worker, Executor fx, boolean showOlderAnswers) {
        this.worker = worker;
        this.fx = fx;
        this.showOlderAnswers = showOlderAnswers;
    }

    /**
     * Works out {@code work} on the worker unless a newer request came first, then hands its answer to
     * {@code publish} on the FX thread unless it is stale by then.
     */
    public <T> void submit(Supplier<T> work, Consumer<T> publish) {
        long ticket = ++newest;
        Runnable job = () -> {
            T answer = work.get();
            fx.execute(() -> {
                if (ticket == newest || showOlderAnswers && ticket > shown) {
                    shown = ticket;
                    publish.accept(answer);
                }
            });
        };
        if (waiting.getAndSet(job) == null) {
            worker.execute(() -> {
                Runnable newestJob = waiting.getAndSet(null);
                if (newestJob != null) {
                    newestJob.run();
                }
            });
        }
    }

    /** Answers every earlier request at once (e.g. an empty pad needs no worker): they all become stale. */
    public void settle() {
        waiting.set(null);
        shown = ++newest;
    }

    /** Makes every earlier request stale without answering (a hidden tab computes nothing). */
    public void cancel() {
        waiting.set(null);
        newest++;
    }

    /** True when the answer on show is the newest request's. FX thread. */
    public boolean upToDate() {
        return shown == newest;
    }
}

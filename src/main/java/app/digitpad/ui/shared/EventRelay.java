package app.digitpad.ui.shared;

import app.digitpad.training.TrainingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Carries training events from the trainer's thread to the FX thread in batches, at most one hand-over per
 * {@link #MIN_INTERVAL_NANOS}: events queue up meanwhile, so a fast trainer cannot flood the FX thread with
 * one runnable per step. On a 2-core machine every millisecond of layout and rendering comes out of the
 * training's own threads (BENCHMARKS.md "Training tab against the CLI"). Any thread may call
 * {@link #accept}; {@code onFx} runs on the FX thread.
 */
public final class EventRelay implements Consumer<TrainingEvent> {

    /** Progress text and bars that change five times a second read as live; more only costs CPU. */
    static final long MIN_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final Consumer<List<TrainingEvent>> onFx;
    private List<TrainingEvent> pending = new ArrayList<>();
    private boolean scheduled;
    private long lastDelivery = System.nanoTime() - MIN_INTERVAL_NANOS;

    /** {@code onFx} gets each batch of events on the FX thread. */
    public EventRelay(Consumer<List<TrainingEvent>> onFx) {
        this.onFx = onFx;
    }

    @Override
    public synchronized void accept(TrainingEvent event) {
        pending.add(event);
        schedule(Math.max(0, lastDelivery + MIN_INTERVAL_NANOS - System.nanoTime()));
    }

    /** Makes sure everything accepted so far is delivered now (called when the run ends). */
    public synchronized void flush() {
        if (!pending.isEmpty()) {
            Platform.runLater(this::deliver);
        }
    }

    private void schedule(long delayNanos) {
        if (scheduled) {
            return;
        }
        scheduled = true;
        if (delayNanos == 0) {
            Platform.runLater(this::deliver);
        } else {
            CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS, Platform::runLater)
                    .execute(this::deliver);
        }
    }

    private void deliver() {
        List<TrainingEvent> batch;
        synchronized (this) {
            batch = pending;
            pending = new ArrayList<>();
            scheduled = false;
            lastDelivery = System.nanoTime();
        }
        if (!batch.isEmpty()) {
            onFx.accept(batch);
        }
    }
}

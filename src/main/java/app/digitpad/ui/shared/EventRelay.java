package app.digitpad.ui.shared;

import app.digitpad.training.TrainingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Carries training events from the trainer's thread to the FX thread in batches: events queue up while
 * a hand-over is pending, so a fast trainer cannot flood the FX thread with one runnable per step.
 */
public final class EventRelay implements Consumer<TrainingEvent> {

    private final Consumer<List<TrainingEvent>> onFx;
    private List<TrainingEvent> pending = new ArrayList<>();
    private boolean scheduled;

    /** {@code onFx} gets each batch of events on the FX thread. */
    public EventRelay(Consumer<List<TrainingEvent>> onFx) {
        this.onFx = onFx;
    }

    @Override
    public synchronized void accept(TrainingEvent event) {
        pending.add(event);
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(this::deliver);
        }
    }

    /** Makes sure everything accepted so far is delivered (called when the run ends). */
    public synchronized void flush() {
        if (!scheduled && !pending.isEmpty()) {
            scheduled = true;
            Platform.runLater(this::deliver);
        }
    }

    private void deliver() {
        List<TrainingEvent> batch;
        synchronized (this) {
            batch = pending;
            pending = new ArrayList<>();
            scheduled = false;
        }
        onFx.accept(batch);
    }
}

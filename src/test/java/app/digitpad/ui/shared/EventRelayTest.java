package app.digitpad.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.training.TrainingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The hand-over from a trainer's thread to the FX thread: nothing lost, in order, and not once per step. */
class EventRelayTest {

    private record Batch(long nanos, List<TrainingEvent> events, boolean onFx) {
    }

    private final List<Batch> batches = new CopyOnWriteArrayList<>();
    private final EventRelay relay = new EventRelay(
            events -> batches.add(new Batch(System.nanoTime(), events, Platform.isFxApplicationThread())));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static TrainingEvent step(int i) {
        return new TrainingEvent.Preparing("step " + i, i, 0);
    }

    @Test
    void aFastTrainerIsDeliveredInOrderInFewBatchesOnTheFxThread() throws Exception {
        int steps = 300;
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            relay.accept(step(i));
            TimeUnit.MILLISECONDS.sleep(2);
        }
        long sent = System.nanoTime() - start;
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> delivered().size() == steps);

        List<TrainingEvent> all = delivered();
        for (int i = 0; i < steps; i++) {
            assertEquals(step(i), all.get(i));
        }
        assertTrue(batches.stream().allMatch(Batch::onFx));
        long allowed = sent / EventRelay.MIN_INTERVAL_NANOS + 2;
        assertTrue(batches.size() <= allowed, batches.size() + " hand-overs for " + steps + " steps, allowed " + allowed);
        for (int i = 1; i < batches.size(); i++) {
            long gap = batches.get(i).nanos() - batches.get(i - 1).nanos();
            assertTrue(gap >= EventRelay.MIN_INTERVAL_NANOS * 9 / 10, "hand-overs " + gap / 1_000_000 + " ms apart");
        }
    }

    @Test
    void flushDeliversWhatIsPendingWithoutWaitingForTheInterval() throws Exception {
        relay.accept(step(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> delivered().size() == 1);
        relay.accept(step(1));
        long flushed = System.nanoTime();
        relay.flush();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> delivered().size() == 2);
        long waited = batches.get(1).nanos() - flushed;
        assertTrue(waited < EventRelay.MIN_INTERVAL_NANOS, "flush waited " + waited / 1_000_000 + " ms");
        assertEquals(List.of(step(0), step(1)), delivered());
    }

    private List<TrainingEvent> delivered() {
        List<TrainingEvent> all = new ArrayList<>();
        batches.forEach(b -> all.addAll(b.events()));
        return all;
    }
}

package app.digitpad.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The newest request wins, with the worker and the FX thread played step by step. */
class LatestRequestTest {

    /** An executor that runs its tasks only when told to, in order. */
    private static final class Steps implements Executor {
        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private final Steps worker = new Steps();
    private final Steps fx = new Steps();
    private final List<String> worked = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    private void ask(LatestRequest latest, String input) {
        latest.submit(() -> {
            worked.add(input);
            return input.toUpperCase();
        }, shown::add);
    }

    @Test
    void requestsMadeWhileOneWaitsRunOnlyTheNewest() {
        LatestRequest latest = new LatestRequest(worker, fx, false);
        ask(latest, "a");
        ask(latest, "b");
        ask(latest, "c");
        assertFalse(latest.upToDate());
        assertEquals(1, worker.tasks.size(), "one worker task serves every request made while it waited");
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("c"), worked);
        assertEquals(List.of("C"), shown);
        assertTrue(latest.upToDate());
    }

    @Test
    void anAnswerOvertakenBeforeItIsPublishedIsDropped() {
        LatestRequest latest = new LatestRequest(worker, fx, false);
        ask(latest, "a");
        worker.runAll();
        ask(latest, "b");
        fx.runAll();
        assertEquals(List.of(), shown, "a's answer came after b was asked");
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("B"), shown);
    }

    @Test
    void showingOlderAnswersShowsOnesNewerThanTheAnswerOnShowButNeverGoesBack() {
        LatestRequest latest = new LatestRequest(worker, fx, true);
        ask(latest, "a");
        worker.runAll();
        ask(latest, "b");
        fx.runAll();
        assertEquals(List.of("A"), shown, "the pen still moves: a's answer is better than none");
        assertFalse(latest.upToDate());
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("A", "B"), shown);
        assertTrue(latest.upToDate());
    }

    @Test
    void settlingDropsEveryAnswerStillOnItsWay() {
        LatestRequest latest = new LatestRequest(worker, fx, true);
        ask(latest, "a");
        worker.runAll();
        latest.settle();
        assertTrue(latest.upToDate(), "the settled answer is the newest");
        fx.runAll();
        assertEquals(List.of(), shown);
    }

    @Test
    void cancellingDropsWorkNotYetStarted() {
        LatestRequest latest = new LatestRequest(worker, fx, false);
        ask(latest, "a");
        latest.cancel();
        worker.runAll();
        fx.runAll();
        assertEquals(List.of(), worked);
        assertEquals(List.of(), shown);
    }
}

package app.digitpad.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunSwitchTest {

    /** A stand-in trainer thread that waits at the switch, then counts down. */
    private static CountDownLatch trainerWaitingAt(RunSwitch s) {
        CountDownLatch passed = new CountDownLatch(1);
        Thread trainer = new Thread(() -> {
            try {
                s.awaitResume();
                passed.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        trainer.start();
        return passed;
    }

    @Test
    void pauseHoldsTheTrainerUntilResume() throws Exception {
        RunSwitch s = new RunSwitch();
        s.pause();
        CountDownLatch passed = trainerWaitingAt(s);
        assertFalse(passed.await(200, TimeUnit.MILLISECONDS), "still held while paused");
        s.resume();
        assertTrue(passed.await(5, TimeUnit.SECONDS));
    }

    @Test
    void stopWakesAPausedTrainerAndEndsTheRun() throws Exception {
        RunSwitch s = new RunSwitch();
        s.pause();
        CountDownLatch passed = trainerWaitingAt(s);
        s.stop();
        assertTrue(passed.await(5, TimeUnit.SECONDS));
        assertTrue(s.stopRequested());
        assertFalse(s.paused());
    }
}

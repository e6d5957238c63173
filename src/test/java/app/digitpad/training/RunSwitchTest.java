package app.digitpad.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunSwitchTest {

    /** A stand-in trainer thread that waits at the switch, then counts down. */
    private static CountDownLatch trainerWaitingAt(RunSwitch s) throws Exception {
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
        awaitHeld(trainer, passed);
        return passed;
    }

    /** Waits until the trainer is parked inside the switch (or has passed it): the new state, not a time. */
    private static void awaitHeld(Thread trainer, CountDownLatch passed) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (trainer.getState() != Thread.State.WAITING && passed.getCount() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the trainer thread never reached the switch: " + trainer.getState());
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void pauseHoldsTheTrainerUntilResume() throws Exception {
        RunSwitch s = new RunSwitch();
        s.pause();
        CountDownLatch passed = trainerWaitingAt(s);
        assertEquals(1, passed.getCount(), "held at the switch while paused");
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

package app.digitpad.training;

/**
 * How the caller steers a run between iterations: stop (cancel) and pause. The CLI stops on Ctrl+C; the
 * window's Stop and Pause buttons set a {@link RunSwitch}. Checked between gradient steps only, so a step is
 * never torn.
 */
public interface RunControl {

    /** True once the caller wants the run to end; the current epoch is then dropped without a checkpoint. */
    boolean stopRequested();

    /** Blocks while paused; returns at once when not paused. */
    default void awaitResume() throws InterruptedException {
    }

    /**
     * Throws {@link RunStopped} once the caller wants the run to end: for work with no steps to stop between
     * (preparing a helper network's examples takes minutes), called between its chunks.
     */
    default void stopIfRequested() {
        if (stopRequested()) {
            throw new RunStopped();
        }
    }

    /** A control that never stops or pauses. */
    static RunControl none() {
        return () -> false;
    }
}

package app.digitpad.training;

/**
 * Work that has no steps (preparing examples before the first epoch) was stopped by its {@link RunControl}: the
 * trainer that called it answers "stopped" as it does between steps, so Ctrl+C during the preparation says so and
 * writes nothing instead of waiting for the first step. Unchecked: it crosses the parallel streams that prepare.
 */
public final class RunStopped extends RuntimeException {

    public RunStopped() {
        super("stopped before training began", null, false, false);
    }
}

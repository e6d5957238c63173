package app.digitpad.training;

/**
 * A {@link RunControl} that a user interface flips: pause holds the trainer between two steps, resume
 * lets it go on, stop ends it at the next step (also waking it from a pause). Thread-safe.
 */
public final class RunSwitch implements RunControl {

    private boolean paused;
    private boolean stopped;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    public synchronized boolean paused() {
        return paused && !stopped;
    }

    @Override
    public synchronized boolean stopRequested() {
        return stopped;
    }

    @Override
    public synchronized void awaitResume() throws InterruptedException {
        while (paused && !stopped) {
            wait();
        }
    }
}

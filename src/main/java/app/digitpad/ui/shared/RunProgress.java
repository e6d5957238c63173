package app.digitpad.ui.shared;

import app.digitpad.training.EpochMetrics;
import app.digitpad.training.TrainingConfig;
import app.digitpad.training.TrainingEvent;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Progress of a run as the view shows it: epoch and run fractions, a status line with speed and ETA,
 * the per-epoch metrics for the charts and a smoothed per-step loss so something moves in epoch one.
 */
public final class RunProgress {

    /** A point of the smoothed step loss; {@code epoch} is fractional (2.5 = half-way through epoch 3). */
    public record LossPoint(double epoch, double loss) {
    }

    /** Weight of the newest step in the exponential moving average. */
    static final double SMOOTHING = 0.05;
    /** About this many smoothed points per epoch reach the chart. */
    static final int POINTS_PER_EPOCH = 40;

    private final ReadOnlyDoubleWrapper epochFraction = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper runFraction = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyIntegerWrapper firstEpochShown = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyIntegerWrapper lastEpochShown = new ReadOnlyIntegerWrapper(1);
    private final ObservableList<EpochMetrics> epochs = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> stepLoss = FXCollections.observableArrayList();
    private double ema = Double.NaN;
    private int firstEpoch;
    private int totalEpochs;
    private long startedNanos;
    private int stepsDone;

    /** A run of this config starts (FX thread). */
    public void begin(TrainingConfig config) {
        epochs.clear();
        stepLoss.clear();
        ema = Double.NaN;
        firstEpoch = -1;
        stepsDone = 0;
        totalEpochs = config.epochs();
        firstEpochShown.set(1);
        lastEpochShown.set(totalEpochs);
        startedNanos = System.nanoTime();
        epochFraction.set(0);
        runFraction.set(0);
        status.set("Loading MNIST …");
    }

    /** Shows what a run reported (FX thread); events it does not chart are ignored. */
    public void show(TrainingEvent e) {
        if (e instanceof TrainingEvent.Preparing p) {
            preparing(p);
        } else if (e instanceof TrainingEvent.Iteration it) {
            iteration(it);
        } else if (e instanceof TrainingEvent.Epoch ep) {
            epoch(ep.metrics());
        }
    }

    /** Before the first step: what is being prepared and how far (the epoch bar shows it is busy, not a fraction). */
    private void preparing(TrainingEvent.Preparing p) {
        epochFraction.set(-1);
        if (p.total() > 0) {
            status.set(String.format(Locale.ROOT, "%s · %,d of %,d", p.message(), p.done(), p.total()));
        } else {
            status.set(p.message());
        }
    }

    private void iteration(TrainingEvent.Iteration it) {
        if (firstEpoch < 0) {
            firstEpoch = it.epoch();
            firstEpochShown.set(firstEpoch);
            startedNanos = System.nanoTime();
        }
        stepsDone++;
        ema = Double.isNaN(ema) ? it.loss() : (1 - SMOOTHING) * ema + SMOOTHING * it.loss();
        int every = Math.max(1, it.iterationsPerEpoch() / POINTS_PER_EPOCH);
        if (it.iteration() % every == 0) {
            stepLoss.add(new LossPoint(it.epoch() - 1 + (double) it.iteration() / it.iterationsPerEpoch(), ema));
        }
        double epochDone = (double) it.iteration() / it.iterationsPerEpoch();
        int epochsThisRun = totalEpochs - firstEpoch + 1;
        double runDone = (it.epoch() - firstEpoch + epochDone) / epochsThisRun;
        epochFraction.set(epochDone);
        runFraction.set(runDone);
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        double eta = runDone > 0 ? elapsed * (1 - runDone) / runDone : Double.NaN;
        status.set(String.format(Locale.ROOT, "Epoch %d/%d · step %d/%d · %,.0f img/s · loss %.4f · ETA %s",
                it.epoch(), totalEpochs, it.iteration(), it.iterationsPerEpoch(), it.imagesPerSecond(), ema,
                clock(eta)));
    }

    private void epoch(EpochMetrics m) {
        epochs.add(m);
    }

    public static String clock(double seconds) {
        if (Double.isNaN(seconds)) {
            return "–";
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The first epoch of the run (1, or the one after a resumed checkpoint's), for the charts' x axis. */
    public ReadOnlyIntegerProperty firstEpochProperty() {
        return firstEpochShown.getReadOnlyProperty();
    }

    /** The run's last epoch, for the charts' x axis. */
    public ReadOnlyIntegerProperty lastEpochProperty() {
        return lastEpochShown.getReadOnlyProperty();
    }

    /** Before any run: the charts show the epochs a run with the form's values would do. */
    public void plan(int runEpochs) {
        if (startedNanos == 0) {
            firstEpochShown.set(1);
            lastEpochShown.set(runEpochs);
        }
    }

    public ReadOnlyDoubleProperty epochFractionProperty() {
        return epochFraction.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty runFractionProperty() {
        return runFraction.getReadOnlyProperty();
    }

    /**
     * The run is over: the status line says how it ended instead of its last step's speed and ETA, and an epoch bar
     * still showing that the run is busy preparing (a run that failed or was stopped before its first step) comes to
     * rest at zero instead of moving on as if work went on.
     */
    public void end(String how) {
        status.set(how);
        if (epochFraction.get() < 0) {
            epochFraction.set(0);
        }
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<EpochMetrics> epochs() {
        return epochs;
    }

    public ObservableList<LossPoint> stepLoss() {
        return stepLoss;
    }
}

package app.digitpad.cli;

import app.digitpad.model.Network;
import app.digitpad.training.FitLoop;
import java.time.temporal.ChronoUnit;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The terminal face of a leave-one-kind-out run: a gate trains for minutes and the run for hours, with no row
 * between, so each gate gets a progress bar (which gate of how many, what it leaves out, its epoch, the time
 * left) on the standard error, beside the table's rows on the standard output. The loop's thread only.
 */
final class GateProgress implements FitLoop.Callback, AutoCloseable {

    private final List<String> gates;
    private final int epochs;
    private ProgressBar bar;
    private int begun;

    /** {@code gates}: what each gate leaves out, in the order they are trained; each trains {@code epochs}. */
    GateProgress(List<String> gates, int epochs) {
        this.gates = List.copyOf(gates);
        this.epochs = epochs;
    }

    @Override
    public void stepDone(FitLoop.Step step) {
        if (step.epoch() == 1 && step.step() == 1) {
            closeBar();
            begun++;
            String what = begun <= gates.size() ? gates.get(begun - 1) : "gate " + begun;
            bar = new ProgressBarBuilder()
                    .setTaskName("Gate " + begun + "/" + gates.size() + " without " + what)
                    .setInitialMax((long) epochs * step.steps())
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(1000)
                    .setSpeedUnit(ChronoUnit.SECONDS)
                    .setUnit(" steps", 1)
                    .build();
        }
        if (bar != null) {
            bar.stepTo((long) (step.epoch() - 1) * step.steps() + step.step());
            if (step.step() == 1) {
                bar.setExtraMessage(" epoch " + step.epoch() + "/" + epochs);
            }
        }
    }

    @Override
    public boolean epochDone(Network network, FitLoop.EpochEnd epoch) {
        if (epoch.epoch() == epochs) {
            closeBar();
        }
        return true;
    }

    /** Gates begun so far. */
    int begun() {
        return begun;
    }

    @Override
    public void close() {
        closeBar();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

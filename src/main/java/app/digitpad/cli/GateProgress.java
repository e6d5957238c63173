package app.digitpad.cli;

import app.digitpad.model.Network;
import app.digitpad.training.FitLoop;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The terminal face of a leave-one-kind-out run: a gate trains for minutes and the run for hours, with no row
 * between, so each gate gets a line saying what it leaves out and a progress bar (which gate of how many, its
 * epoch, the time left) on the standard error, beside the table's rows on the standard output. What a gate leaves
 * out has its own line because a bar is as wide as an 80-column terminal: with the kind's name in it, the epoch
 * was cut off and the bar itself shrank to nothing. The loop's thread only.
 */
final class GateProgress implements FitLoop.Callback, AutoCloseable {

    private final PrintWriter err;
    private final List<String> gates;
    private final int epochs;
    private ProgressBar bar;
    private int begun;

    /**
     * {@code gates}: what each gate leaves out, in the order they are trained; each trains {@code epochs}. The
     * lines go to {@code err}, the bars to the standard error.
     */
    GateProgress(PrintWriter err, List<String> gates, int epochs) {
        this.err = err;
        this.gates = List.copyOf(gates);
        this.epochs = epochs;
    }

    @Override
    public void stepDone(FitLoop.Step step) {
        if (step.epoch() == 1 && step.step() == 1) {
            closeBar();
            begun++;
            String gate = "Gate " + begun + "/" + gates.size();
            if (begun <= gates.size()) {
                err.println(gate + ": trained without " + gates.get(begun - 1) + ", " + epochs + " epochs");
                err.flush();
            }
            bar = new ProgressBarBuilder()
                    .setTaskName(gate)
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

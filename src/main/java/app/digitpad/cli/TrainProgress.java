package app.digitpad.cli;

import app.digitpad.training.TrainingEvent;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The terminal face of a training run: a progress bar per epoch (images, images/s, ETA) and one
 * Keras-like line per epoch, so the output reads like the tutorial's.
 */
final class TrainProgress implements Consumer<TrainingEvent>, AutoCloseable {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private ProgressBar bar;

    /** Epoch lines and checkpoints go to {@code out}; what happens before the first step to {@code err}. */
    TrainProgress(PrintWriter out, PrintWriter err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void accept(TrainingEvent event) {
        if (event instanceof TrainingEvent.Preparing p) {
            if (!quiet && p.done() == 0) {
                err.println(p.message());
                err.flush();
            }
        } else if (event instanceof TrainingEvent.Iteration it) {
            onIteration(it);
        } else if (event instanceof TrainingEvent.Epoch e) {
            closeBar();
            out.println(e.metrics().kerasLine());
            out.flush();
        } else if (event instanceof TrainingEvent.CheckpointSaved c) {
            out.println("  saved " + c.file());
            out.flush();
        }
    }

    private void onIteration(TrainingEvent.Iteration it) {
        if (quiet) {
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Epoch " + it.epoch() + "/" + it.totalEpochs())
                    .setInitialMax(it.iterationsPerEpoch())
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setSpeedUnit(ChronoUnit.SECONDS)
                    .showSpeed()
                    .setUnit(" steps", 1)
                    .build();
        }
        bar.stepTo(it.iteration());
        bar.setExtraMessage(String.format(Locale.ROOT, " loss %.4f, %.0f img/s", it.loss(), it.imagesPerSecond()));
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void close() {
        closeBar();
    }
}

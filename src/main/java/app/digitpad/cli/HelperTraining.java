package app.digitpad.cli;

import app.digitpad.training.FitLoop;
import app.digitpad.training.RunControl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The terminal around training a small helper network ({@code gate}, {@code segments}): a progress bar per
 * epoch, a line at each epoch's end, Ctrl+C stopping between steps with nothing written, and the file
 * written atomically only when training finished.
 */
final class HelperTraining {

    private HelperTraining() {
    }

    /** A training run that gives the trained network, or empty when its control stopped it. */
    @FunctionalInterface
    interface Run<T> {
        Optional<T> train(RunControl control, FitLoop.Callback... hooks) throws Exception;
    }

    /** Something that writes the network to a file. */
    @FunctionalInterface
    interface Save<T> {
        void save(T network, Path file) throws IOException;
    }

    /** Runs, reports and saves; the exit code (0 done, 130 stopped). */
    static <T> int run(Services services, int epochs, Run<T> run, Save<T> save, Path out) throws Exception {
        return TrainCommand.stoppable(services, control -> {
            Optional<T> trained;
            try (TrainProgress bar = new TrainProgress(services.out(), services.err(), false)) {
                trained = run.train(control, FitLoop.progress(epochs, bar), FitLoop.eachEpoch(e -> {
                    bar.close();
                    services.out().printf(Locale.ROOT, "  epoch %d done: loss %.4f, %.0f s%n", e.epoch(), e.meanLoss(),
                            e.seconds());
                    services.out().flush();
                }));
            }
            if (trained.isPresent()) {
                save.save(trained.get(), out);
            }
            return trained.isPresent();
        }, saved -> {
            if (!saved) {
                services.err().println("Stopped; nothing was written to " + out);
                return 130;
            }
            services.out().println("Saved " + out);
            return 0;
        });
    }
}

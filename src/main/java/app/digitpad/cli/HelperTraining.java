package app.digitpad.cli;

import app.digitpad.training.FitLoop;
import app.digitpad.training.RunControl;
import java.io.IOException;
import java.nio.file.Files;
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

    /** How a run ended: its network written, stopped by Ctrl+C, or kept from a file another run wrote meanwhile. */
    private enum Ending { SAVED, STOPPED, KEPT }

    /** Something that writes the network to a file. */
    @FunctionalInterface
    interface Save<T> {
        void save(T network, Path file) throws IOException;
    }

    /**
     * Whether the network may be written to {@code out}: a file already there (the bundled one, or another
     * run's) is replaced only with {@code --force}, a folder never. Says why not on the error stream.
     */
    static boolean mayWrite(Services services, Path out, boolean force) {
        if (Files.isDirectory(out)) {
            services.err().println("error: --out " + out.toAbsolutePath() + " is a folder; give the file to write");
            return false;
        }
        if (Files.exists(out) && !force) {
            services.err().println("error: --out " + out.toAbsolutePath() + " already exists and was kept; choose "
                    + "another file, or add --force to replace it with the network this run trains");
            return false;
        }
        return true;
    }

    /**
     * Runs, reports and saves; the exit code (0 done, 130 stopped, 1 when {@code out} appeared meanwhile,
     * e.g. from a second run started at the same time, and {@code force} was not given: that file is kept).
     */
    static <T> int run(Services services, int epochs, Run<T> run, Save<T> save, Path out, boolean force)
            throws Exception {
        return TrainCommand.stoppable(services, control -> {
            services.out().println("Preparing the examples (a minute or more; Ctrl+C stops and writes nothing)");
            services.out().flush();
            Optional<T> trained;
            try (TrainProgress bar = new TrainProgress(services.out(), services.err(), false)) {
                trained = run.train(control, FitLoop.progress(epochs, bar), FitLoop.eachEpoch(e -> {
                    bar.close();
                    services.out().printf(Locale.ROOT, "  epoch %d done: loss %.4f, %.0f s%n", e.epoch(), e.meanLoss(),
                            e.seconds());
                    services.out().flush();
                }));
            }
            if (trained.isEmpty()) {
                return Ending.STOPPED;
            }
            if (!mayWrite(services, out, force)) {
                return Ending.KEPT;
            }
            save.save(trained.get(), out);
            return Ending.SAVED;
        }, ending -> switch (ending) {
            case SAVED -> {
                services.out().println("Saved " + out);
                yield 0;
            }
            case STOPPED -> {
                services.err().println("Stopped; nothing was written to " + out);
                yield 130;
            }
            case KEPT -> 1;
        });
    }
}

package app.digitpad.cli;

import app.digitpad.checkpoint.RunFolder;
import app.digitpad.model.Recipe;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.training.FineTune;
import app.digitpad.training.RunControl;
import app.digitpad.training.TrainingConfig;
import app.digitpad.training.TrainingJob;
import app.digitpad.training.TrainingResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code digitpad train}: the tutorial's {@code model.fit} with checkpoints, resume and Ctrl+C that loses nothing. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a CNN on MNIST, saving checkpoints.")
public final class TrainCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption;
    @Option(names = "--arch", defaultValue = "tutorial", description = "architecture (default: ${DEFAULT-VALUE})")
    String arch;
    @Option(names = "--epochs", description = "total epochs (default: the architecture's recipe; tutorial 5)")
    Integer epochs;
    @Option(names = "--batch", description = "batch size (default: the architecture's recipe; tutorial 64)")
    Integer batch;
    @Option(names = "--lr", description = "Adam's first learning rate, decaying per epoch (default: the architecture's recipe; tutorial 0.001)")
    Double lr;
    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--limit", description = "train on the first N images only")
    Integer limit;
    @Option(names = "--test-limit", description = "evaluate each epoch on the first N test images only")
    Integer testLimit;
    @Option(names = "--save-every", defaultValue = "1", description = "checkpoint every N epochs (default: ${DEFAULT-VALUE})")
    int saveEvery;
    @Option(names = "--keep", defaultValue = "3", description = "keep the last N checkpoints besides the best (default: ${DEFAULT-VALUE})")
    int keep;
    @Option(names = "--resume", paramLabel = "FILE", description = "continue from a checkpoint")
    Path resume;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "checkpoint folder")
    Path out;
    @Option(names = "--personal", paramLabel = "DIR", description = "fine-tune on your own digits: a personal set "
            + "or a folder of images named with their label first (7_0001.png); starts from --resume or the bundled "
            + "model, mixes in MNIST, holds out one digit in five per label to measure; --epochs then counts the "
            + "epochs to add (default " + FineTune.STANDARD_EPOCHS + ")")
    Path personal;
    @Option(names = "--compare-drawn", paramLabel = "N", defaultValue = "0", description = "with --personal: also "
            + "compare parent and child on the drawn benchmark over the first N test digits (default: ${DEFAULT-VALUE}, skip)")
    int compareDrawn;
    @Option(names = "--force", description = "write into an --out folder that holds an earlier run; its files "
            + "are kept, and a checkpoint whose name is taken is numbered past it (epoch-001-2.zip)")
    boolean force;
    @Option(names = "--quiet", description = "no progress bar, epoch lines only")
    boolean quiet;
    @Option(names = "--augment", negatable = true, description = "randomly tilt, scale, shift, shear and thicken/thin "
            + "each training image (default: the architecture's recipe; tutorial yes)")
    Boolean augment;
    @Option(names = "--rotate", paramLabel = "DEG", description = "largest augmentation rotation (default: "
            + Augmentation.STANDARD_ROTATION + ")")
    Double rotate;
    @Option(names = "--scale", description = "largest augmentation size change, 0.1 = 10%% (default: "
            + Augmentation.STANDARD_SCALE + ")")
    Double scale;
    @Option(names = "--shift", paramLabel = "PX", description = "largest augmentation shift (default: "
            + Augmentation.STANDARD_SHIFT + ")")
    Double shift;
    @Option(names = "--shear", description = "largest augmentation shear (default: "
            + Augmentation.STANDARD_SHEAR + ")")
    Double shear;
    @Option(names = "--stroke", paramLabel = "PX", description = "largest stroke-edge move of augmentation "
            + "(default: " + Augmentation.STANDARD_STROKE + ")")
    Double stroke;
    @Option(names = "--elastic", paramLabel = "PX", description = "root-mean-square move of augmentation's smooth "
            + "random bending, the wobble of a hand (default: "
            + Augmentation.STANDARD_ELASTIC + ", none)")
    Double elastic;

    private final Services services;

    public TrainCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (personal != null) {
            return new FineTuneCommand(services, this).call();
        }
        TrainingConfig config = config();
        TrainingJob job = new TrainingJob(services.architectures(), services.loader(), services.appVersion());
        TrainingJob.Request request = new TrainingJob.Request(config, dataOption.trainingData(services),
                resume, r -> RunFolder.prepare(out, r, force), false);
        try {
            return stoppable(services, control -> run(job, request, control), this::report);
        } catch (TrainingJob.AlreadyTrainedException e) {
            services.err().println(e.getMessage() + "; nothing to do.");
            return 0;
        }
    }

    TrainProgress progress() {
        return new TrainProgress(services.out(), services.err(), quiet);
    }

    private TrainingJob.Outcome run(TrainingJob job, TrainingJob.Request request, RunControl control)
            throws Exception {
        try (TrainProgress progress = progress()) {
            return job.run(request, progress, control);
        }
    }

    /** The end of a run in words; lists only the checkpoints still on disk (pruning removes older ones). */
    int report(TrainingJob.Outcome outcome) {
        TrainingResult result = outcome.result();
        if (result.stopped()) {
            services.err().println("Stopped after epoch " + result.lastEpoch() + "; no partial checkpoint was written.");
            return 130;
        }
        List<Path> kept = result.checkpoints().stream().filter(Files::exists).toList();
        services.out().println("Checkpoints in " + outcome.folder() + ": "
                + kept.stream().map(p -> p.getFileName().toString()).toList());
        return 0;
    }

    /** The options given, and the architecture's recipe for those left out. */
    private TrainingConfig config() {
        Recipe recipe = services.architectures().get(arch).recipe();
        return new TrainingConfig(arch, epochs == null ? recipe.epochs() : epochs,
                batch == null ? recipe.batchSize() : batch, lr == null ? recipe.learningRate() : lr, seed, limit,
                testLimit, saveEvery, keep, augmentation(augment == null ? recipe.augment() : augment));
    }

    /** Augmentation (asked for or the recipe's) with the standard amounts, each of which its option may change. */
    private Augmentation augmentation(boolean on) {
        if (!on) {
            boolean anyAmount = rotate != null || scale != null || shift != null || shear != null || stroke != null
                    || elastic != null;
            if (anyAmount) {
                throw new IllegalArgumentException("augmentation amounts need augmentation, which --no-augment "
                        + "(or a recipe without it) switches off");
            }
            return Augmentation.NONE;
        }
        Augmentation s = Augmentation.standard();
        return new Augmentation(or(rotate, s.rotationDegrees()), or(scale, s.scale()), or(shift, s.shiftPixels()),
                or(shear, s.shear()), or(stroke, s.strokePixels()), or(elastic, s.elasticPixels()));
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    /**
     * How long Ctrl+C waits for a run to reach a check of its control and print its report; the JVM then ends
     * anyway (a run that never checks would otherwise keep the terminal). Every check found is seconds apart.
     */
    static final long STOP_WAIT_SECONDS = 60;

    /** Ctrl+C handling around a run: the hook stops it between steps and waits until {@code report} has printed. */
    static <T> int stoppable(Services services, StopAware<T> run, java.util.function.ToIntFunction<T> report)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> awaitStop(stop, reported, STOP_WAIT_SECONDS, services.err()));
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return report.applyAsInt(run.run(stop::get));
        } finally {
            services.out().flush();
            services.err().flush();
            reported.countDown();
            removeHook(hook);
        }
    }

    /** A run that checks the control between steps. */
    @FunctionalInterface
    interface StopAware<T> {
        T run(RunControl control) throws Exception;
    }

    /**
     * Asks the run to stop and waits up to {@code seconds} for its report; says so on {@code err} when the run
     * did not get there, since the JVM then ends without the report. Returns whether the report came.
     */
    static boolean awaitStop(AtomicBoolean stop, CountDownLatch reported, long seconds, PrintWriter err) {
        stop.set(true);
        try {
            if (reported.await(seconds, TimeUnit.SECONDS)) {
                return true;
            }
            err.printf("Stopped: the run did not reach a point where it can stop within %d s, so it ends without "
                    + "its report. Files are written whole or not at all (a temporary file, then a move): any "
                    + "it saved before stay as they were.%n", seconds);
            err.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting because of Ctrl+C; the hook is running and will finish.
        }
    }
}

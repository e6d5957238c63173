package app.digitpad.cli;

import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.model.Recipe;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.MnistPreprocessor;
import app.digitpad.training.RunControl;
import app.digitpad.training.Trainer;
import app.digitpad.training.TrainingConfig;
import app.digitpad.training.TrainingResult;
import java.nio.file.Path;
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
    @Option(names = "--quiet", description = "no progress bar, epoch lines only")
    boolean quiet;
    @Option(names = "--augment", negatable = true, description = "randomly tilt, scale, shift, shear and thicken/thin "
            + "each training image (default: the architecture's recipe; tutorial yes)")
    Boolean augment;
    @Option(names = "--rotate", paramLabel = "DEG", description = "largest augmentation rotation (default: 15)")
    Double rotate;
    @Option(names = "--scale", description = "largest augmentation size change, 0.1 = 10% (default: 0.1)")
    Double scale;
    @Option(names = "--shift", paramLabel = "PX", description = "largest augmentation shift (default: 1.5)")
    Double shift;
    @Option(names = "--shear", description = "largest augmentation shear (default: 0.2)")
    Double shear;
    @Option(names = "--stroke", paramLabel = "PX", description = "largest stroke-edge move of augmentation (default: 0.5)")
    Double stroke;

    private final Services services;

    public TrainCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        TrainingConfig config = config();
        MnistLoader loader = dataOption.loader(services);
        MnistSet train = MnistPreprocessor.apply(loader.train());
        MnistSet test = MnistPreprocessor.apply(loader.test());
        Trainer trainer = new Trainer(services.architectures(), services.appVersion());
        Trainer.Start start = resume == null ? trainer.fresh(config)
                : trainer.resume(services.loader().load(resume, true), config);
        if (start.epochsDone() >= config.epochs()) {
            services.err().println("Checkpoint already has " + start.epochsDone() + " epochs; nothing to do.");
            return 0;
        }
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> awaitStop(stop, finished));
        Runtime.getRuntime().addShutdownHook(hook);
        TrainingResult result;
        try (TrainProgress progress = new TrainProgress(services.out(), quiet)) {
            RunControl control = stop::get;
            result = trainer.train(config, start, train, test, new CheckpointStore(out, keep), progress, control);
        } finally {
            finished.countDown();
            removeHook(hook);
        }
        if (result.stopped()) {
            services.err().println("Stopped after epoch " + result.lastEpoch() + "; no partial checkpoint was written.");
            return 130;
        }
        services.out().println("Checkpoints: " + result.checkpoints());
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
            boolean anyAmount = rotate != null || scale != null || shift != null || shear != null || stroke != null;
            if (anyAmount) {
                throw new IllegalArgumentException("augmentation amounts need augmentation, which --no-augment "
                        + "(or a recipe without it) switches off");
            }
            return Augmentation.NONE;
        }
        Augmentation s = Augmentation.standard();
        return new Augmentation(or(rotate, s.rotationDegrees()), or(scale, s.scale()), or(shift, s.shiftPixels()),
                or(shear, s.shear()), or(stroke, s.strokePixels()));
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static void awaitStop(AtomicBoolean stop, CountDownLatch finished) {
        stop.set(true);
        try {
            finished.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting because of Ctrl+C; the hook is running and will finish.
        }
    }
}

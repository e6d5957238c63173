package app.digitpad.personal;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.DrawnBenchmark;
import app.digitpad.inference.EvaluationReport;
import app.digitpad.inference.Evaluator;
import app.digitpad.inference.Prediction;
import app.digitpad.model.Architectures;
import app.digitpad.model.Forward;
import app.digitpad.model.ImportedModel;
import app.digitpad.model.Network;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.DrawnDigits;
import app.digitpad.training.FineTune;
import app.digitpad.training.MnistData;
import app.digitpad.training.RunControl;
import app.digitpad.training.TrainingConfig;
import app.digitpad.training.TrainingData;
import app.digitpad.training.TrainingEvent;
import app.digitpad.training.TrainingJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Teaches a checkpoint someone's handwriting: the one training job, resumed from the parent, on that
 * person's digits mixed with MNIST replay, then parent and child measured side by side on the held-out
 * personal digits, MNIST's test set and (optionally) the drawn benchmark. The parent file is only read.
 * Runs on the caller's thread (a worker).
 */
public final class FineTuner {

    /**
     * A fine-tune to do.
     *
     * @param drawnLimit test digits per distortion for the drawn benchmark in the comparison (0: skip it)
     */
    public record Request(Path parent, PersonalData personal, MnistData mnist, FineTune recipe, long seed,
                          TrainingJob.Destination destination, int drawnLimit) {
    }

    /**
     * One model's figures; {@code drawn} is empty when not measured. {@code misreadHeldOut}: accuracy on the
     * held-out digits the parent read wrong (the parent's is 0 by definition; NaN when none were held out).
     */
    public record Scores(double personalHeldOut, double misreadHeldOut, double mnistTest, Map<String, Double> drawn) {
    }

    /**
     * What a fine-tune made and how parent and child compare. A run stopped while parent and child were
     * being measured keeps its child ({@code childFile}) without scores ({@link #measured()} false).
     */
    public record Result(TrainingJob.Outcome outcome, Path childFile, int heldOut, int misreadHeldOut, int testImages,
                         Scores parent, Scores child) {
        public boolean measured() {
            return child != null;
        }
    }

    private final TrainingJob job;
    private final CheckpointLoader loader;

    public FineTuner(Architectures architectures, CheckpointLoader loader, String appVersion) {
        this.job = new TrainingJob(architectures, loader, appVersion);
        this.loader = loader;
    }

    public Result run(Request request, Consumer<TrainingEvent> listener, RunControl control)
            throws IOException, InterruptedException {
        Checkpoint.Loaded parent = loader.load(request.parent(), false);
        Set<String> misread = misreadBy(parent.network(), request.personal().items());
        PersonalData.Split split = request.personal().split(item -> misread.contains(item.name()));
        int misreadHeld = (int) split.heldOut().stream().filter(i -> misread.contains(i.name())).count();
        TrainingConfig config = config(parent, request.recipe(), request.seed());
        FineTuneData data = new FineTuneData(request.mnist(), split.train(), request.recipe(), request.seed());
        TrainingJob.Outcome outcome = job.run(new TrainingJob.Request(config, data, request.parent(),
                request.destination(), false), listener, control);
        if (outcome.result().stopped()) {
            return new Result(outcome, null, split.heldOut().size(), misreadHeld, 0, null, null);
        }
        List<Path> saved = outcome.result().checkpoints();
        Path childFile = saved.get(saved.size() - 1);
        Result unmeasured = new Result(outcome, childFile, split.heldOut().size(), misreadHeld, 0, null, null);
        try {
            return measure(request, split, misread, parent, childFile, listener, control::stopRequested, outcome);
        } catch (CancellationException stopped) {
            return unmeasured;
        } finally {
            Forward.releaseThreadMemory();
        }
    }

    /** Parent and child on the held-out digits, MNIST test and the drawn benchmark; stops between batches. */
    private Result measure(Request request, PersonalData.Split split, Set<String> misread, Checkpoint.Loaded parent,
                           Path childFile, Consumer<TrainingEvent> listener, BooleanSupplier stop,
                           TrainingJob.Outcome outcome) throws IOException {
        checkStop(stop);
        Checkpoint.Loaded child = loader.load(childFile, false);
        listener.accept(new TrainingEvent.Preparing("Measuring parent and child …"));
        MnistSet test = request.mnist().test(null, TrainingData.Progress.NONE);
        MnistSet held = split.heldOut().isEmpty() ? null : PersonalData.toSet("held-out", split.heldOut());
        List<PersonalData.Item> misreadItems = split.heldOut().stream().filter(i -> misread.contains(i.name())).toList();
        MnistSet heldMisread = misreadItems.isEmpty() ? null : PersonalData.toSet("held-out misread", misreadItems);
        DrawnBenchmark.Drawn drawn = request.drawnLimit() > 0
                ? DrawnBenchmark.draw(request.mnist().rawTest(request.drawnLimit())) : null;
        EvaluationReport childTest = Evaluator.evaluate(child.network(), test, stop);
        recordWholeTest(child, childTest);
        Scores childScores = scores(child.network(), held, heldMisread, childTest, drawn, stop);
        Scores parentScores = scores(parent.network(), held, heldMisread, knownTestAccuracy(parent, test, stop), drawn,
                stop);
        checkStop(stop);
        return new Result(outcome, childFile, split.heldOut().size(), misreadItems.size(), test.size(), parentScores,
                childScores);
    }

    private static void checkStop(BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            throw new CancellationException("stopped");
        }
    }

    /**
     * The parent's accuracy on the whole test set: its sidecar's figure when that was measured on the same
     * test set through this preprocessing version (the result is deterministic), else measured now.
     */
    private static EvaluationReport knownTestAccuracy(Checkpoint.Loaded parent, MnistSet test, BooleanSupplier stop) {
        return parent.checkpoint().metadata()
                .filter(m -> m.metrics().testImages() == test.size() && DigitNormalizer.VERSION.equals(m.preprocessing()))
                .map(m -> new EvaluationReport(test.size(), m.metrics().testAccuracy(), m.metrics().testLoss(), null, null))
                .orElseGet(() -> Evaluator.evaluate(parent.network(), test, stop));
    }

    /** The child's sidecar gets the whole test set's figures, comparable with every other checkpoint's. */
    private static void recordWholeTest(Checkpoint.Loaded child, EvaluationReport r) throws IOException {
        CheckpointMetadata meta = child.checkpoint().metadata().orElseThrow();
        new CheckpointFiles().writeSidecar(child.checkpoint().file(), meta.withTest(r.loss(), r.accuracy(), r.count()));
    }

    /** The names of the digits the network reads as another digit than their label. */
    static Set<String> misreadBy(Network network, List<PersonalData.Item> items) {
        MnistSet set = PersonalData.toSet("personal", items);
        float[][] out = network.outputs(set.inputs(0, set.size()), set.size());
        Set<String> misread = new HashSet<>();
        for (int i = 0; i < out.length; i++) {
            if (Prediction.of(out[i]).digit() != items.get(i).label()) {
                misread.add(items.get(i).name());
            }
        }
        return misread;
    }

    /** The parent's architecture, epochs plus the recipe's, the recipe's batch, standard augmentation. */
    static TrainingConfig config(Checkpoint.Loaded parent, FineTune recipe, long seed) throws IOException {
        if (!parent.network().layered()) {
            throw new IOException(parent.checkpoint().file().getFileName() + " is an ONNX graph, which ONNX Runtime "
                    + "runs as exported: DigitPad cannot train it (teach a DigitPad or Keras model instead)");
        }
        return plannedConfig(parent.checkpoint(), recipe, seed).orElseThrow(() -> new IOException(
                parent.checkpoint().file() + " has no DigitPad sidecar, so it cannot be fine-tuned (its architecture "
                        + "and epoch are unknown)"));
    }

    /**
     * The run a fine-tune of this checkpoint does (for showing its plan before it starts): from its sidecar,
     * or from epoch 0 at {@link ImportedModel#LEARNING_RATE} for a Keras import; empty when neither.
     */
    public static Optional<TrainingConfig> plannedConfig(Checkpoint parent, FineTune recipe, long seed) {
        if (parent.metadata().isEmpty() && parent.importedFrom().isPresent()) {
            return Optional.of(new TrainingConfig(ImportedModel.ARCHITECTURE, recipe.epochs(), recipe.batchSize(),
                    ImportedModel.LEARNING_RATE, seed, null, recipe.epochTestImages(), recipe.epochs(), 1,
                    Augmentation.standard()));
        }
        return parent.metadata().map(m -> plannedConfig(m, recipe, seed));
    }

    /** The run a fine-tune of a checkpoint with this sidecar does (for showing its plan before it starts). */
    public static TrainingConfig plannedConfig(CheckpointMetadata parent, FineTune recipe, long seed) {
        return new TrainingConfig(parent.architecture(), parent.epoch() + recipe.epochs(), recipe.batchSize(),
                parent.training().learningRate(), seed, null, recipe.epochTestImages(), recipe.epochs(), 1, Augmentation.standard());
    }

    private static Scores scores(Network net, MnistSet held, MnistSet heldMisread, EvaluationReport test,
                                 DrawnBenchmark.Drawn drawnTest, BooleanSupplier stop) {
        double personal = held == null ? Double.NaN : Evaluator.evaluate(net, held, stop).accuracy();
        double misread = heldMisread == null ? Double.NaN : Evaluator.evaluate(net, heldMisread, stop).accuracy();
        checkStop(stop);
        double mnist = test.accuracy();
        Map<String, Double> drawn = new LinkedHashMap<>();
        if (drawnTest != null) {
            DrawnBenchmark.run(net, drawnTest).forEach((DrawnDigits.Distortion d, Double a) ->
                    drawn.put(d.name().toLowerCase(Locale.ROOT), a));
        }
        return new Scores(personal, misread, mnist, drawn);
    }
}

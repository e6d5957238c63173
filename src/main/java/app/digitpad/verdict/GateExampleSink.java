package app.digitpad.verdict;

import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.training.ExampleStore;
import app.digitpad.training.RunControl;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Where the gate's prepared examples go ({@link GateTraining#prepare}): each augmented in turn with one random
 * sequence, so the examples are the same for the same seed, and stored deflated with its kind. Every
 * {@link GateTraining#CHUNK} examples it asks the run's control whether to stop: preparing takes minutes, and
 * Ctrl+C waited for the first training step. One thread (the preparation adds in order).
 */
final class GateExampleSink {

    private final ExampleStore inputs;
    private int[] kinds;
    private int size;
    private final Augmentation augmentation = Augmentation.standard();
    private final SplittableRandom random;
    private final RunControl control;

    GateExampleSink(long seed, RunControl control) {
        this.inputs = ExampleStore.ofFloats(MnistSet.PIXELS);
        this.kinds = new int[1024];
        this.random = new SplittableRandom(seed);
        this.control = control;
    }

    /** After the examples of {@code before} (its store goes on growing), with a random sequence of its own. */
    GateExampleSink(GateTraining.Prepared before, long seed, RunControl control) {
        this.inputs = before.inputs();
        this.kinds = before.kinds().clone();
        this.size = kinds.length;
        this.random = new SplittableRandom(seed);
        this.control = control;
    }

    /** Adds a variant of {@code input}; throws {@link app.digitpad.training.RunStopped} when the run is to stop. */
    void add(float[] input, int kind) {
        if (size % GateTraining.CHUNK == 0) {
            control.stopIfRequested();
        }
        inputs.addFloats(augmentation.apply(input, random));
        if (size == kinds.length) {
            kinds = Arrays.copyOf(kinds, Math.max(1024, 2 * size));
        }
        kinds[size++] = kind;
    }

    ExampleStore inputs() {
        return inputs;
    }

    int[] kinds() {
        return Arrays.copyOf(kinds, size);
    }
}

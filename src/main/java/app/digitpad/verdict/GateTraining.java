package app.digitpad.verdict;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Backend;
import app.digitpad.model.Forward;
import app.digitpad.model.Network;
import app.digitpad.model.SmallNetworks;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.training.Examples;
import app.digitpad.training.FitLoop;
import app.digitpad.training.RunControl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Trains the {@link DigitGate}: MNIST training digits (already normalized) against non-digits drawn by
 * {@link NotDigits} with seeds other than the benchmark's, both through the same normalizer and the same
 * augmentation, so the gate cannot tell them apart by how they were prepared. Runs on its caller's thread.
 * The examples are shuffled with seed + epoch - 1 per epoch, as before the loop was shared: a gate trained
 * through {@link FitLoop} equals one trained by the earlier loop, parameter for parameter (checked 2026-12-02).
 */
public final class GateTraining {

    /** Output column of "digit" (column 0 is "not a digit"). */
    static final int DIGIT = 1;
    /** MNIST digits used: 30,000 were enough (2026-11-28: 20,000 rejected 0.6% of test digits at 0.5, 30,000 0.3%). */
    public static final int DIGITS = 30_000;
    /** Generated non-digits: 12,000, drawn with seeds 1, 2, ... (the benchmark's seed is far away). */
    public static final int NON_DIGITS = 20_000;
    /** Three passes: the second still lowered false rejections, the third changed little. */
    public static final int EPOCHS = 4;
    /** Batch size and Adam step as the tutorial CNN's. */
    static final int BATCH = 64;
    static final double LEARNING_RATE = 1e-3;
    /** Two small conv layers: telling ink that is a digit from ink that is not needs far less than reading it. */
    static final SmallNetworks.Shape SHAPE = new SmallNetworks.Shape(MnistSet.SIDE, 1, 16, 32, 32, 2);

    private GateTraining() {
    }

    /**
     * A gate trained through the one {@link FitLoop} ({@code hooks} after its stop-on-NaN: progress, a line
     * per epoch); empty when {@code control} stopped it. {@code preparedDigits} are MNIST training digits
     * after the normalizer.
     */
    public static Optional<DigitGate> train(MnistSet preparedDigits, long seed, RunControl control,
                                            FitLoop.Callback... hooks) throws IOException, InterruptedException {
        Backend.configure();
        List<float[]> negatives = negatives(NON_DIGITS);
        MnistSet digits = preparedDigits.limit(DIGITS);
        int n = digits.size() + negatives.size();
        float[] x = new float[n * MnistSet.PIXELS];
        int[] answers = new int[n];
        Augmentation augmentation = Augmentation.standard();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            boolean digit = i < digits.size();
            float[] input = digit ? digits.image(i) : negatives.get(i - digits.size());
            System.arraycopy(augmentation.apply(input, random), 0, x, i * MnistSet.PIXELS, MnistSet.PIXELS);
            answers[i] = digit ? DIGIT : 1 - DIGIT;
        }
        Examples.Shuffled all = new Examples.Shuffled(new Examples.Batch(x, answers), Forward.DIGIT, 2);
        Network net = SmallNetworks.create(SHAPE, seed, LEARNING_RATE);
        List<FitLoop.Callback> callbacks = new ArrayList<>(List.of(FitLoop.stopOnNaN(LEARNING_RATE)));
        callbacks.addAll(List.of(hooks));
        FitLoop.Outcome outcome = FitLoop.run(net, 1, EPOCHS, epoch -> all.epoch(seed + epoch - 1, BATCH), control,
                callbacks);
        return outcome.stopped() ? Optional.empty() : Optional.of(new DigitGate(net));
    }

    /** Normalized non-digit drawings from seeds 1, 2, ... until there are {@code count}. */
    static List<float[]> negatives(int count) {
        List<float[]> out = new ArrayList<>(count);
        for (long seed = 1; out.size() < count; seed++) {
            for (NotDigits.Sample s : NotDigits.generate(seed, 2)) {
                DigitNormalizer.normalize(s.drawing().ink()).ifPresent(out::add);
            }
        }
        return out.subList(0, count);
    }
}

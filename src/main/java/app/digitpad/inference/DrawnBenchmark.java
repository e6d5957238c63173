package app.digitpad.inference;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Network;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.DrawnDigits;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Accuracy on MNIST test digits drawn the way people draw, through the drawing pad's exact path
 * (canvas ink -> {@link DigitNormalizer} -> network), one figure per distortion. Test-set accuracy alone
 * hides how a model reads a digit drawn small, thick or tilted. Any thread; the network is used only by
 * the calling one.
 */
public final class DrawnBenchmark {

    /**
     * Canvases normalized and predicted in batches of this many; the canvases of a batch are drawn and
     * normalized in parallel (pure Java, about 1.6 ms each: most of the benchmark's time), the network
     * then reads them on the calling thread.
     */
    private static final int BATCH = 500;

    private DrawnBenchmark() {
    }

    /** Accuracy per distortion over the set's raw (not yet normalized) test digits. */
    public static Map<DrawnDigits.Distortion, Double> run(Network net, MnistSet rawTest) {
        Map<DrawnDigits.Distortion, Double> out = new EnumMap<>(DrawnDigits.Distortion.class);
        for (DrawnDigits.Distortion d : DrawnDigits.Distortion.values()) {
            out.put(d, accuracy(net, rawTest, d));
        }
        return out;
    }

    /**
     * A small set's canvases drawn and normalized once, to measure several networks on the same drawings
     * (a fine-tune's parent and child): drawing is most of the benchmark's time. Held whole, so for sets of
     * a few thousand digits, not the whole test set (7 x 10,000 inputs would be 220 MB).
     */
    public record Drawn(Map<DrawnDigits.Distortion, float[]> inputs, int[] labels) {
    }

    /** Draws and normalizes every digit of a small raw set with every distortion. */
    public static Drawn draw(MnistSet rawTest) {
        Map<DrawnDigits.Distortion, float[]> inputs = new EnumMap<>(DrawnDigits.Distortion.class);
        for (DrawnDigits.Distortion d : DrawnDigits.Distortion.values()) {
            inputs.put(d, normalized(rawTest, d, 0, rawTest.size()));
        }
        int[] labels = new int[rawTest.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = rawTest.label(i);
        }
        return new Drawn(inputs, labels);
    }

    /** Accuracy per distortion on canvases drawn once with {@link #draw}. */
    public static Map<DrawnDigits.Distortion, Double> run(Network net, Drawn drawn) {
        Map<DrawnDigits.Distortion, Double> out = new EnumMap<>(DrawnDigits.Distortion.class);
        int n = drawn.labels().length;
        drawn.inputs().forEach((d, inputs) -> {
            float[][] probs = net.outputs(inputs, n);
            int correct = 0;
            for (int i = 0; i < n; i++) {
                correct += Prediction.of(probs[i]).digit() == drawn.labels()[i] ? 1 : 0;
            }
            out.put(d, (double) correct / n);
        });
        return out;
    }

    static double accuracy(Network net, MnistSet set, DrawnDigits.Distortion d) {
        int[] answers = answers(net, set, d);
        int correct = 0;
        for (int i = 0; i < answers.length; i++) {
            correct += answers[i] == set.label(i) ? 1 : 0;
        }
        return (double) correct / set.size();
    }

    /** The digit the network reads on each of the set's raw test digits drawn with this distortion. */
    public static int[] answers(Network net, MnistSet set, DrawnDigits.Distortion d) {
        int[] answers = new int[set.size()];
        for (int start = 0; start < set.size(); start += BATCH) {
            int n = Math.min(BATCH, set.size() - start);
            float[][] probs = net.outputs(normalized(set, d, start, n), n);
            for (int i = 0; i < n; i++) {
                answers[start + i] = Prediction.of(probs[i]).digit();
            }
        }
        return answers;
    }

    /** Digits {@code first..first+n} drawn with {@code d} and normalized, in parallel (pure Java), one array. */
    private static float[] normalized(MnistSet set, DrawnDigits.Distortion d, int first, int n) {
        float[] batch = new float[n * MnistSet.PIXELS];
        IntStream.range(0, n).parallel().forEach(i -> {
            float[] input = DigitNormalizer.normalize(DrawnDigits.render(set.image(first + i), d))
                    .orElse(new float[MnistSet.PIXELS]);
            System.arraycopy(input, 0, batch, i * MnistSet.PIXELS, MnistSet.PIXELS);
        });
        return batch;
    }
}

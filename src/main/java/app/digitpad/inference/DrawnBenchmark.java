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
            float[] batch = new float[n * MnistSet.PIXELS];
            int first = start;
            IntStream.range(0, n).parallel().forEach(i -> {
                float[] input = DigitNormalizer.normalize(DrawnDigits.render(set.image(first + i), d))
                        .orElse(new float[MnistSet.PIXELS]);
                System.arraycopy(input, 0, batch, i * MnistSet.PIXELS, MnistSet.PIXELS);
            });
            float[][] probs = net.outputs(batch, n);
            for (int i = 0; i < n; i++) {
                answers[start + i] = Prediction.of(probs[i]).digit();
            }
        }
        return answers;
    }
}

package app.digitpad.verdict;

import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Prediction;
import app.digitpad.model.Network;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.DrawnDigits;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.InkShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * How often the verdict says "not a digit": for the {@link NotDigits} set (should be always) and for MNIST's
 * test digits, raw and drawn on the pad (should be almost never), through the pad's own path. Runs on its
 * caller's thread with the caller's network; the images of a batch are drawn and normalized in parallel.
 */
public final class RejectionBenchmark {

    /** Images normalized and predicted in batches of this many. */
    private static final int BATCH = 500;

    /**
     * @param negativesRejected  per kind of non-digit, the fraction answered "not a digit"
     * @param negativeRate       over the whole negative set
     * @param mnistRejected      fraction of MNIST test digits answered "not a digit"
     * @param acceptedAccuracy   accuracy on the MNIST test digits that were not rejected
     * @param drawnRejected      per way of drawing a test digit on the pad, the fraction rejected
     */
    public record Report(Map<NotDigits.Kind, Double> negativesRejected, double negativeRate, double mnistRejected,
                         double acceptedAccuracy, Map<DrawnDigits.Distortion, Double> drawnRejected) {

        /** The figures as a sidecar records them, kinds and ways of drawing by name. */
        public CheckpointMetadata.Rejection asRecorded() {
            Map<String, Double> kinds = new LinkedHashMap<>();
            negativesRejected.forEach((k, v) -> kinds.put(k.name(), v));
            Map<String, Double> drawn = new LinkedHashMap<>();
            drawnRejected.forEach((d, v) -> drawn.put(d.name(), v));
            return new CheckpointMetadata.Rejection(kinds, negativeRate, mnistRejected, acceptedAccuracy, drawn);
        }
    }

    private RejectionBenchmark() {
    }

    public static Report run(Network net, Optional<DigitGate> gate, MnistSet rawTest) {
        List<NotDigits.Sample> negatives = NotDigits.benchmark();
        List<Verdict> neg = judge(net, gate, negatives.size(), i -> negatives.get(i).drawing().ink());
        Map<NotDigits.Kind, Double> perKind = new EnumMap<>(shares(negatives.stream().map(NotDigits.Sample::kind)
                .toList(), neg));

        List<Verdict> mnist = judge(net, gate, rawTest.size(), i -> new GrayImage(MnistSet.SIDE, MnistSet.SIDE, rawTest.image(i)));
        int accepted = 0;
        int right = 0;
        for (int i = 0; i < mnist.size(); i++) {
            if (!rejected(mnist.get(i))) {
                accepted++;
                right += mnist.get(i).prediction().digit() == rawTest.label(i) ? 1 : 0;
            }
        }
        Map<DrawnDigits.Distortion, Double> drawn = new EnumMap<>(DrawnDigits.Distortion.class);
        for (DrawnDigits.Distortion d : DrawnDigits.Distortion.values()) {
            drawn.put(d, rate(judge(net, gate, rawTest.size(), i -> DrawnDigits.render(rawTest.image(i), d))));
        }
        return new Report(perKind, rate(neg), rate(mnist), accepted == 0 ? 0 : (double) right / accepted, drawn);
    }

    /**
     * @param perCategory share of each category's drawings answered "not a digit", in the order given
     * @param rate        over all the drawings
     * @param drawings    how many were asked about (blank ones are left out)
     */
    public record DoodlesReport(Map<String, Double> perCategory, double rate, int drawings) {
    }

    /** How often the verdict answers "not a digit" for doodles people drew ({@link PeoplesDoodles}). */
    public static DoodlesReport peoplesDoodles(Network net, Optional<DigitGate> gate,
                                               List<PeoplesDoodles.Category> categories) {
        List<String> names = new ArrayList<>();
        List<GrayImage> drawings = new ArrayList<>();
        for (PeoplesDoodles.Category category : categories) {
            for (GrayImage drawing : category.drawings()) {
                if (InkShape.of(drawing).isPresent()) {
                    names.add(category.name());
                    drawings.add(drawing);
                }
            }
        }
        List<Verdict> verdicts = judge(net, gate, drawings.size(), drawings::get);
        return new DoodlesReport(shares(names, verdicts), verdicts.isEmpty() ? Double.NaN : rate(verdicts),
                verdicts.size());
    }

    /** For each key, in order of first appearance, the share of its images answered "not a digit". */
    private static <K> Map<K, Double> shares(List<K> keys, List<Verdict> verdicts) {
        Map<K, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < verdicts.size(); i++) {
            int[] c = counts.computeIfAbsent(keys.get(i), k -> new int[2]);
            c[0] += rejected(verdicts.get(i)) ? 1 : 0;
            c[1]++;
        }
        Map<K, Double> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> out.put(k, (double) c[0] / c[1]));
        return out;
    }

    private static boolean rejected(Verdict v) {
        return v.kind() == Verdict.Kind.NOT_A_DIGIT;
    }

    private static double rate(List<Verdict> verdicts) {
        return verdicts.stream().filter(RejectionBenchmark::rejected).count() / (double) verdicts.size();
    }

    /** Verdicts for {@code n} ink images (none may be blank). */
    private static List<Verdict> judge(Network net, Optional<DigitGate> gate, int n,
                                       IntFunction<GrayImage> image) {
        return read(net, n, image).verdicts(gate);
    }

    /**
     * Images measured and read by the digit network once, so that the verdict of any gate on them is one gate
     * pass (leave-one-kind-out asks fifty gates about the same images).
     */
    record Read(InkShape[] shapes, float[] inputs, Prediction[] predictions) {

        int size() {
            return shapes.length;
        }

        /** Image {@code i}'s normalized input. */
        float[] input(int i) {
            return Arrays.copyOfRange(inputs, i * MnistSet.PIXELS, (i + 1) * MnistSet.PIXELS);
        }

        List<Verdict> verdicts(Optional<DigitGate> gate) {
            Optional<double[]> digit = gate.map(g -> g.digitProbabilities(inputs, size()));
            List<Verdict> out = new ArrayList<>(size());
            for (int i = 0; i < size(); i++) {
                int k = i;
                out.add(Verdict.of(shapes[i], input(i), predictions[i],
                        digit.map(d -> OptionalDouble.of(d[k])).orElse(OptionalDouble.empty())));
            }
            return out;
        }
    }

    /** {@code n} ink images (none may be blank) measured, normalized and read, a batch at a time. */
    static Read read(Network net, int n, IntFunction<GrayImage> image) {
        InkShape[] shapes = new InkShape[n];
        float[] inputs = new float[n * MnistSet.PIXELS];
        Prediction[] predictions = new Prediction[n];
        for (int start = 0; start < n; start += BATCH) {
            int size = Math.min(BATCH, n - start);
            int first = start;
            IntStream.range(first, first + size).parallel().forEach(i -> {
                GrayImage ink = image.apply(i);
                shapes[i] = InkShape.of(ink).orElseThrow(() -> new IllegalArgumentException("blank image"));
                float[] input = DigitNormalizer.normalize(ink).orElseThrow();
                System.arraycopy(input, 0, inputs, i * MnistSet.PIXELS, MnistSet.PIXELS);
            });
            float[] batch = new float[size * MnistSet.PIXELS];
            System.arraycopy(inputs, first * MnistSet.PIXELS, batch, 0, batch.length);
            float[][] probs = net.outputs(batch, size);
            for (int i = 0; i < size; i++) {
                predictions[first + i] = Prediction.of(probs[i]);
            }
        }
        return new Read(shapes, inputs, predictions);
    }
}

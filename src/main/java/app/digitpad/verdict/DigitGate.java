package app.digitpad.verdict;

import app.digitpad.model.EachNetwork;
import app.digitpad.model.Network;
import app.digitpad.model.SmallNetworks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small network that answers one question before the digit model's answer is believed: is this a digit
 * at all? It is separate from the digit models, so every checkpoint (bundled, trained, fine-tuned) gets the
 * same honest "not a digit" without retraining, and the ten probabilities stay ten. The bundled gate is two
 * networks: the first learnt our generators' doodles, its {@link #member} people's doodles as well; a drawing
 * either refuses is not a digit. Taught together in one network, people's doodles cost the generators' kinds
 * left out 7-10 points; asked apart, the two refuse 12 points more of people's doodles they never saw, and as
 * many of those kinds, at about the same share of MNIST's digits (BENCHMARKS.md). It owns its copies of the networks
 * and serialises its calls, like {@code Predictor}; any thread may call it.
 */
public final class DigitGate {

    /**
     * Below this probability of "digit" the drawing is not a digit. Chosen on non-digits of a seed that is
     * neither the benchmark's nor the training's (777) and on MNIST's test digits (BENCHMARKS.md): at 0.005
     * the 52 kinds are 93.0% rejected and MNIST's test digits 0.17%; at 0.01, 94.5% and 0.19%.
     */
    public static final double THRESHOLD = 0.005;
    /**
     * The same for the {@link #member}, whose probabilities are more extreme. Chosen on non-digits of seed 777,
     * MNIST's test digits and numbers of real handwriting (BENCHMARKS.md): at 0.0002 the pair refuses 73.8% of
     * people's doodles it never saw (the first network alone 61.6%) for 0.01 points more of MNIST's digits; at 0.0005
     * and 0.001, 76.5% and 78.7%, but in numbers it refused strangers' 0s and broken digits, which the reader then
     * split into 1s ({@code 70} read {@code 711}).
     */
    public static final double MEMBER_THRESHOLD = 0.0002;

    private final List<Network> networks;

    public DigitGate(Network network) {
        this(List.of(network));
    }

    private DigitGate(List<Network> networks) {
        this.networks = networks.stream().map(Network::copy).toList();
    }

    /** {@code first} asked together with {@code member} (one network each), as {@link #load} pairs them. */
    public static DigitGate of(DigitGate first, DigitGate member) {
        if (first.networks.size() != 1 || member.networks.size() != 1) {
            throw new IllegalArgumentException("a gate pairs two single networks");
        }
        return new DigitGate(List.of(first.networks.get(0), member.networks.get(0)));
    }

    /** What the app does without a gate, for every front to say in the same words. */
    public static final String WITHOUT = "only the ink's shape (dots, dashes, lines, blots, mirror images no digit is) is answered \"not a digit\"";

    /**
     * The bundled gate, or empty when the file is missing or unreadable (the verdict then uses the ink's shape
     * alone); either is logged as a warning once per process, with {@link #WITHOUT}.
     */
    public static Optional<DigitGate> load(Path file) {
        Optional<Network> first = SmallNetworks.load(file, GateTraining.SHAPE, "a not-a-digit gate", WITHOUT);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<Network> networks = new ArrayList<>(List.of(first.get()));
        if (Files.exists(member(file))) {
            SmallNetworks.load(member(file), GateTraining.SHAPE, "the not-a-digit gate's second network",
                    "the gate's first network judges alone").ifPresent(networks::add);
        }
        return Optional.of(new DigitGate(networks));
    }

    /**
     * Where the second network of the gate in {@code file} lies: {@code not-a-digit-2.gate} beside
     * {@code not-a-digit.gate} ({@code gate --doodles}). A gate without it (one {@code gate} trained) is one network.
     */
    public static Path member(Path file) {
        return SmallNetworks.member(file, 2);
    }

    /** How many networks answer together. */
    public int networks() {
        return networks.size();
    }

    /** Writes a gate of one network atomically (temp file, then rename): what {@code gate} trained. */
    public synchronized void save(Path file) throws IOException {
        if (networks.size() != 1) {
            throw new IllegalStateException("a gate of " + networks.size() + " networks is saved one network at a time");
        }
        SmallNetworks.save(networks.get(0), file);
    }

    /**
     * The probability that a normalized 28x28 input shows a digit: the first network's, or the member's on the
     * first's scale ({@link #THRESHOLD} / {@link #MEMBER_THRESHOLD} times it, at most 1) when that is lower, so that
     * one threshold, {@link #THRESHOLD}, says what either network refuses.
     */
    public synchronized double digitProbability(float[] input28) {
        return digitProbabilities(input28, 1)[0];
    }

    /** The same for {@code count} inputs laid end to end. */
    public synchronized double[] digitProbabilities(float[] inputs, int count) {
        double[] p = new double[count];
        List<float[][]> outs = EachNetwork.outputs(networks, inputs, count);
        for (int k = 0; k < networks.size(); k++) {
            float[][] out = outs.get(k);
            double scale = k == 0 ? 1 : THRESHOLD / MEMBER_THRESHOLD;
            for (int i = 0; i < count; i++) {
                double digit = Math.min(1, scale * out[i][GateTraining.DIGIT]);
                p[i] = k == 0 ? digit : Math.min(p[i], digit);
            }
        }
        return p;
    }
}

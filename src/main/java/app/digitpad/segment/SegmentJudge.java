package app.digitpad.segment;

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
 * A small network that says, for a candidate cut out of a group of ink, whether it is one whole digit and
 * which: the eleven answers are the ten digits and {@link #NOT_ONE_DIGIT} (half a digit, two touching
 * digits, a digit with a piece of its neighbour). Touching digits often read confidently as one digit to a
 * digit model, which only ever saw single digits; this one was trained on cuts of touching MNIST numbers
 * ({@link SegmentTraining}). It only chooses where to cut: the digits are then read by the digit model. The
 * bundled judge is {@link #MEMBERS} such networks trained alike from other seeds, whose scores are averaged:
 * one network's score of a stranger's cleanly cut digit swings from 0.00 to 0.99 with the training seed, and the
 * split goes with it. It owns its copies of the networks and serialises its calls; any thread may call it.
 */
public final class SegmentJudge {

    /** The eleventh answer: not one whole digit. */
    static final int NOT_ONE_DIGIT = 10;
    /** Ten digits and {@link #NOT_ONE_DIGIT}. */
    static final int ANSWERS = 11;

    /**
     * The bundled judge's networks: {@code touching-digits.judge} ({@code segments --seed 1}) and its members
     * {@code touching-digits-2.judge} to {@code -5} (seeds 2 to 5). Single networks of the same recipe read 257-266
     * of the same 300 strangers' touching numbers (seed 7); three together read 270 and 260 on seeds 7 and 8 where
     * the first alone read 261 and 261, five 267 and 268 (MNIST-made: one 280 and 283, three 292 and 287, five 292
     * and 286); on the benchmark's seed five read 449 of 500 where three read 444, and the pad no longer reads a 1
     * written close after a 2 as a sure {@code 2} (BENCHMARKS.md). The judge's time per candidate is five times one
     * network's.
     */
    public static final int MEMBERS = 5;

    private final List<Network> networks;

    SegmentJudge(Network network) {
        this(List.of(network));
    }

    private SegmentJudge(List<Network> networks) {
        this.networks = networks.stream().map(Network::copy).toList();
    }

    /** What number reading does without a judge. */
    public static final String WITHOUT = "digits whose ink touches are read as one";

    /**
     * The bundled judge, or empty when the file is missing, unreadable or another network (numbers are then
     * read without cutting groups); either is logged as a warning once per process, with {@link #WITHOUT}.
     */
    public static Optional<SegmentJudge> load(Path file) {
        Optional<Network> first = SmallNetworks.load(file, SegmentTraining.SHAPE, "a touching-digits judge", WITHOUT);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<Network> networks = new ArrayList<>(List.of(first.get()));
        for (Path member : members(file)) {
            if (Files.exists(member)) {
                SmallNetworks.load(member, SegmentTraining.SHAPE, "a member of the touching-digits judge",
                        "the judge's other networks judge without it").ifPresent(networks::add);
            }
        }
        return Optional.of(new SegmentJudge(networks));
    }

    /**
     * Where member {@code k} (from 2) of the judge in {@code file} lies: {@code touching-digits-2.judge} beside
     * {@code touching-digits.judge}. A judge without members (one trained by {@code segments}) is one network.
     */
    public static Path member(Path file, int k) {
        return SmallNetworks.member(file, k);
    }

    /** Where the bundled judge's other networks lie beside {@code file}: members 2 to {@link #MEMBERS}. */
    public static List<Path> members(Path file) {
        List<Path> out = new ArrayList<>();
        for (int k = 2; k <= MEMBERS; k++) {
            out.add(member(file, k));
        }
        return out;
    }

    /** How many networks answer together. */
    public int networks() {
        return networks.size();
    }

    /** Writes a judge of one network atomically (temp file, then rename): what {@code segments} trained. */
    public synchronized void save(Path file) throws IOException {
        if (networks.size() != 1) {
            throw new IllegalStateException("a judge of " + networks.size() + " networks is saved one network at a time");
        }
        SmallNetworks.save(networks.get(0), file);
    }

    /**
     * For {@code count} views ({@link SegmentView}) laid end to end, how likely each is one whole digit,
     * whichever: the largest of its ten digit probabilities (a whole digit that is also clearly one digit
     * scores highest), its mean over the networks: a network that alone is sure a candidate is no digit costs a
     * fifth of the score, not all of it (the seed-3 network scores the pad's plain 1 under 0.01 wherever it stands;
     * a geometric mean put every pad's 21 in doubt, and read fewer touching numbers right; a median read a 21
     * written close on the pad as a sure 2 again).
     */
    synchronized double[] wholeDigit(float[] views, int count) {
        double[] p = new double[count];
        for (float[][] out : EachNetwork.outputs(networks, views, count)) {
            for (int i = 0; i < count; i++) {
                double best = 0;
                for (int d = 0; d < NOT_ONE_DIGIT; d++) {
                    best = Math.max(best, out[i][d]);
                }
                p[i] += best / networks.size();
            }
        }
        return p;
    }
}

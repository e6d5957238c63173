package app.digitpad.verdict;

import app.digitpad.data.MnistSet;
import app.digitpad.drawing.Drawing;
import app.digitpad.model.Backend;
import app.digitpad.model.Forward;
import app.digitpad.model.Network;
import app.digitpad.model.SmallNetworks;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.DrawnDigits;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.training.ExampleStore;
import app.digitpad.training.Examples;
import app.digitpad.training.FitLoop;
import app.digitpad.training.RunControl;
import app.digitpad.training.RunStopped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Trains the {@link DigitGate}: MNIST training digits, some of them drawn on the pad the hard ways (thick,
 * thin, small, tilted), against non-digits drawn by {@link NotDigits} with seeds other than the benchmark's,
 * all through the same normalizer and the same augmentation, so the gate cannot tell them apart by how they
 * were prepared. Runs on its caller's thread (preparing the examples uses all cores).
 */
public final class GateTraining {

    /** Output column of "digit" (column 0 is "not a digit"). */
    static final int DIGIT = 1;
    /**
     * How much a gate learns from.
     *
     * @param digits    MNIST training digits as MNIST stores them
     * @param drawn     the next training digits drawn on the pad, one way each in turn (hard positives)
     * @param nonDigits generated non-digits of the named kinds, drawn with seeds 1, 2, ... (the benchmark's seed
     *                  is far away)
     * @param programs  random stroke programs ({@link StrokePrograms}): non-digits of no kind
     * @param epochs    passes over all of them
     */
    public record Recipe(int digits, int drawn, int nonDigits, int programs, int epochs) {

        /**
         * The bundled gate's: 30,000 plain digits were enough (20,000 refused 0.6% of test digits at 0.5);
         * 20,000 drawn ones, since without them it refused 0.8% of thick drawings; 30,000 non-digits are about
         * 577 of each kind; 30,000 stroke programs, since a gate shown only named kinds passed a kind it was not
         * shown as a digit (the 33 newer kinds left out: 23% rejected without programs, 47% with them, BENCHMARKS.md);
         * 8 passes, since with 52 kinds the loss still fell after the fourth ("Not a digit" for doodles nobody
         * here drew).
         */
        public static final Recipe BUNDLED = new Recipe(30_000, 20_000, 30_000, 30_000, 8);

        /** MNIST training digits it reads, plain and drawn. */
        public int trainingDigits() {
            return digits + drawn;
        }
    }

    /** Batch size and Adam step as the tutorial CNN's. */
    static final int BATCH = 64;
    static final double LEARNING_RATE = 1e-3;
    /**
     * Two conv layers of 32 and 64 filters (121,410 parameters): with 52 kinds, 16 and 32 filters rejected 83% of
     * new non-digits where MNIST's refusals were 0.06%, these 94% at 0.07%. Still a fraction of a digit model.
     */
    static final SmallNetworks.Shape SHAPE = new SmallNetworks.Shape(MnistSet.SIDE, 1, 32, 64, 64, 2);
    /** The kind recorded for a digit example. */
    private static final int A_DIGIT = -1;
    /** The kind recorded for a random stroke program (never left out: it is no kind). */
    private static final int A_PROGRAM = -2;
    /** Seed of the stroke programs, far from the named kinds' seeds 1, 2, ... */
    private static final long PROGRAM_SEED = 1_000_003L;
    /** The kind recorded for a people's doodle of a category no named kind covers (never left out). */
    private static final int A_PEOPLES_DOODLE = -3;
    /** Seed of the pen widths people's doodles are redrawn with, and of their augmentation: fixed, any training seed. */
    private static final long REDRAW_SEED = 7;
    private static final long DOODLES_AUGMENTATION_SEED = 100;
    /**
     * People's categories that are one of the named kinds, so that leaving the kind out leaves them out too and a
     * left-out figure stays kind-disjoint.
     */
    private static final Map<String, NotDigits.Kind> PEOPLES_KINDS = Map.of("star", NotDigits.Kind.STAR,
            "triangle", NotDigits.Kind.TRIANGLE, "smiley face", NotDigits.Kind.SMILEY, "face", NotDigits.Kind.SMILEY,
            "zigzag", NotDigits.Kind.ZIGZAG);

    /**
     * Every example, augmented, with its kind ({@link NotDigits.Kind#ordinal()}, or -1 for a digit), so that a
     * kind can be left out without preparing or copying everything again. The inputs are kept deflated
     * ({@link ExampleStore}): 80,000 plain 28x28 inputs were 251 MB of a command's 1 GB.
     */
    public record Prepared(ExampleStore inputs, int[] kinds, int ours) {

        /** Examples of the bundled recipe alone: every one is {@code ours}. */
        Prepared(ExampleStore inputs, int[] kinds) {
            this(inputs, kinds, kinds.length);
        }

        /** All examples with their answers ("digit" or not), read from the store one at a time. */
        Examples.Source examples() {
            return new Examples.Source() {
                @Override
                public int size() {
                    return kinds.length;
                }

                @Override
                public int answer(int example) {
                    return kinds[example] == A_DIGIT ? DIGIT : 1 - DIGIT;
                }

                @Override
                public void copy(int example, float[] into, int offset) {
                    inputs.readFloats(example, into, offset);
                }
            };
        }

        /** The positions of the examples that are not of kind {@code left} (null: all of them), in order. */
        int[] without(NotDigits.Kind left) {
            return without(left == null ? List.<NotDigits.Kind>of() : List.of(left));
        }

        /** The positions of the examples of none of the kinds {@code left}, in order (stroke programs stay). */
        int[] without(List<NotDigits.Kind> left) {
            boolean[] drop = new boolean[NotDigits.Kind.values().length];
            left.forEach(kind -> drop[kind.ordinal()] = true);
            return IntStream.range(0, kinds.length).filter(i -> kinds[i] < 0 || !drop[kinds[i]]).toArray();
        }

        /** {@link #without(List)} among the examples before people's doodles: the first network's examples. */
        int[] oursWithout(List<NotDigits.Kind> left) {
            return IntStream.of(without(left)).filter(i -> i < ours).toArray();
        }
    }

    private GateTraining() {
    }

    /**
     * A gate trained through the one {@link FitLoop} ({@code hooks} after its stop-on-NaN: progress, a line
     * per epoch); empty when {@code control} stopped it. {@code rawTrain} holds at least
     * {@link Recipe#trainingDigits()} MNIST training digits as MNIST stores them.
     */
    public static Optional<DigitGate> train(Recipe recipe, MnistSet rawTrain, long seed, RunControl control,
                                            FitLoop.Callback... hooks) throws IOException, InterruptedException {
        return train(recipe, rawTrain, List.of(), seed, control, hooks);
    }

    /**
     * The bundled gate's second network ({@link DigitGate#member}): the bundled recipe plus {@code people}'s
     * doodles ({@link PeoplesDoodles#trainingHalf}), each redrawn with the pad's brush. Empty when stopped.
     */
    public static Optional<DigitGate> train(Recipe recipe, MnistSet rawTrain, List<PeoplesDoodles.Category> people,
                                            long seed, RunControl control, FitLoop.Callback... hooks)
            throws IOException, InterruptedException {
        Prepared prepared;
        try {
            prepared = people.isEmpty() ? prepare(recipe, rawTrain, seed, control)
                    : prepare(recipe, rawTrain, people, seed, control);
        } catch (RunStopped stopped) {
            return Optional.empty();
        }
        return train(recipe, prepared, prepared.without(List.of()), seed, control, hooks);
    }

    /** A gate trained on the examples of {@code prepared} at the positions {@code used}. */
    static Optional<DigitGate> train(Recipe recipe, Prepared prepared, int[] used, long seed, RunControl control,
                                     FitLoop.Callback... hooks) throws IOException, InterruptedException {
        Backend.configure();
        Examples.Shuffled all = new Examples.Shuffled(prepared.examples(), used, Forward.DIGIT, 2);
        Network net = SmallNetworks.create(SHAPE, seed, LEARNING_RATE);
        List<FitLoop.Callback> callbacks = new ArrayList<>(List.of(FitLoop.stopOnNaN(LEARNING_RATE)));
        callbacks.addAll(List.of(hooks));
        FitLoop.Outcome outcome = FitLoop.run(net, 1, recipe.epochs(), epoch -> all.epoch(seed + epoch - 1, BATCH), control,
                callbacks);
        return outcome.stopped() ? Optional.empty() : Optional.of(new DigitGate(net));
    }

    /**
     * Digits (plain, then drawn), then non-digits, each normalized and augmented with {@code seed}. Inputs are
     * normalized {@link #CHUNK} at a time on all cores and stored as they come, in order: holding them all first
     * (50,000 digits and 60,000 non-digits as floats, 345 MB) filled a 640 MB heap, which the collector then kept.
     * Throws {@link RunStopped} between chunks once {@code control} asks to stop (it takes minutes).
     */
    public static Prepared prepare(Recipe recipe, MnistSet rawTrain, long seed, RunControl control) {
        if (rawTrain.size() < recipe.trainingDigits()) {
            throw new IllegalArgumentException("the gate needs " + recipe.trainingDigits() + " training digits, got "
                    + rawTrain.size());
        }
        GateExampleSink sink = new GateExampleSink(seed, control);
        addDigits(recipe, rawTrain, sink);
        addNegatives(recipe.nonDigits(), sink);
        addPrograms(recipe.programs(), sink);
        return new Prepared(sink.inputs(), sink.kinds());
    }

    /**
     * {@link #prepare(Recipe, MnistSet, long, RunControl)}, then {@code people}'s doodles after them, each redrawn with the pad's
     * brush ({@link SkeletonRedraw}), normalized and augmented as every example: the second network's examples.
     */
    public static Prepared prepare(Recipe recipe, MnistSet rawTrain, List<PeoplesDoodles.Category> people, long seed,
                                   RunControl control) {
        Prepared ours = prepare(recipe, rawTrain, seed, control);
        GateExampleSink sink = new GateExampleSink(ours, DOODLES_AUGMENTATION_SEED, control);
        Random pen = new Random(REDRAW_SEED);
        for (PeoplesDoodles.Category category : people) {
            NotDigits.Kind kind = PEOPLES_KINDS.get(category.name());
            for (GrayImage doodle : category.drawings()) {
                DigitNormalizer.normalize(SkeletonRedraw.redraw(doodle, pen))
                        .ifPresent(input -> sink.add(input, kind == null ? A_PEOPLES_DOODLE : kind.ordinal()));
            }
        }
        return new Prepared(sink.inputs(), sink.kinds(), ours.kinds().length);
    }

    /** Normalized at once (in parallel) before they are augmented and stored in order: a few MB of floats. */
    static final int CHUNK = 2_048;

    private static void addDigits(Recipe recipe, MnistSet rawTrain, GateExampleSink sink) {
        DrawnDigits.Distortion[] ways = DrawnDigits.Distortion.values();
        int n = recipe.trainingDigits();
        for (int from = 0; from < n; from += CHUNK) {
            IntStream.range(from, Math.min(n, from + CHUNK)).parallel().mapToObj(i -> {
                float[] raw = rawTrain.image(i);
                GrayImage ink = i < recipe.digits() ? new GrayImage(MnistSet.SIDE, MnistSet.SIDE, raw)
                        : DrawnDigits.render(raw, ways[i % ways.length]);
                return DigitNormalizer.normalize(ink).orElse(raw);
            }).toList().forEach(input -> sink.add(input, A_DIGIT));
        }
    }

    /** Normalized non-digit drawings from seeds 1, 2, ... (two of each kind per seed) until there are {@code count}. */
    private static void addNegatives(int count, GateExampleSink sink) {
        int perSeed = 2 * NotDigits.Kind.values().length;
        int seeds = (count + perSeed - 1) / perSeed + 1;
        int seedsAtOnce = Math.max(1, CHUNK / perSeed);
        int added = 0;
        for (int first = 1; first <= seeds && added < count; first += seedsAtOnce) {
            List<NotDigits.Sample> drawn = IntStream.rangeClosed(first, Math.min(seeds, first + seedsAtOnce - 1))
                    .parallel().mapToObj(seed -> NotDigits.generate(seed, 2)).flatMap(List::stream).toList();
            List<Optional<float[]>> inputs = drawn.parallelStream()
                    .map(s -> DigitNormalizer.normalize(s.drawing().ink())).toList();
            for (int i = 0; i < drawn.size() && added < count; i++) {
                if (inputs.get(i).isPresent()) {
                    sink.add(inputs.get(i).get(), drawn.get(i).kind().ordinal());
                    added++;
                }
            }
        }
        if (added < count) {
            throw new IllegalStateException("only " + added + " of " + count + " non-digits could be drawn");
        }
    }

    /** {@code count} random stroke programs, those the normalizer keeps. */
    private static void addPrograms(int count, GateExampleSink sink) {
        Supplier<Drawing> next = StrokePrograms.drawings(PROGRAM_SEED);
        for (int from = 0; from < count; from += CHUNK) {
            List<Drawing> drawn = Stream.generate(next).limit(Math.min(CHUNK, count - from)).toList();
            drawn.parallelStream().flatMap(d -> DigitNormalizer.normalize(d.ink()).stream()).toList()
                    .forEach(input -> sink.add(input, A_PROGRAM));
        }
    }
}

package app.digitpad.segment;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Backend;
import app.digitpad.model.Network;
import app.digitpad.model.SmallNetworks;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.training.ExampleStore;
import app.digitpad.training.Examples;
import app.digitpad.training.FitLoop;
import app.digitpad.training.RunControl;
import app.digitpad.training.RunStopped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Trains the {@link SegmentJudge} on candidates cut out of numbers made from MNIST <em>training</em>
 * digits ({@link SegmentSamples}; the benchmark's numbers use test digits). Runs on its caller's thread.
 */
public final class SegmentTraining {

    /**
     * Made numbers the examples come from (about 560,000 examples). Against 8,000 numbers and 4 epochs, on
     * 500 made numbers per gap kind of other seeds: wide 97.4% instead of 96.8%, touching 90.0% instead of 91.0%.
     */
    public static final int NUMBERS = 16_000;
    /** Numbers of 1 to this many digits: one-digit groups teach "keep it whole", longer ones where to cut. */
    static final int LONGEST = 5;
    /** Share of the numbers whose digits touch; the rest are narrow or wide (groups of one digit). */
    static final double TOUCHING = 0.6;
    /**
     * With people's doodles ({@code segments --doodles}): this share of the numbers again, each a doodle of the half
     * of Quick, Draw!'s categories a network may learn from written between two digits, whose doodle and pieces of it
     * are taught as not one digit (4,000 beside the 16,000). Without them the judge had never seen a stroke that is
     * no digit's, and the cutter read a doodle in a number as digits, mostly sure of it (BENCHMARKS.md, "A judge
     * taught people's doodles"). A quarter: the digits' examples stay most of what it learns.
     */
    public static final double DOODLE_SHARE = 0.25;
    /** Passes over the examples. */
    public static final int EPOCHS = 5;
    /** Batch size and Adam step as the tutorial CNN's. */
    static final int BATCH = 64;
    static final double LEARNING_RATE = 1e-3;
    /** Two conv layers like the gate's, a little wider: it reads digits too, and two channels. */
    static final SmallNetworks.Shape SHAPE = new SmallNetworks.Shape(SegmentView.SIDE, SegmentView.CHANNELS, 20, 40, 64,
            SegmentJudge.ANSWERS);

    /**
     * People's doodles for {@code segments --doodles}, read when the digits' examples are made: the 16,900 drawings
     * of the half a network may learn from are 53 MB, and only the few the numbers use are kept while the examples
     * grow (held throughout, they ran the examples out of the command's heap).
     */
    public interface Doodles {
        /** No doodles: the judge learns digits alone, as the bundled judges did. */
        Doodles NONE = List::of;

        List<GrayImage> read() throws IOException;
    }

    private SegmentTraining() {
    }

    /**
     * The examples (cuts of made numbers), as bytes (a view's pixels times 255), kept deflated
     * ({@link ExampleStore}: 16,000 numbers make 880 MB of plain views), and their answers.
     */
    record Cuts(ExampleStore views, int[] answers) {

        int size() {
            return answers.length;
        }
    }

    /**
     * Examples from {@code numbers} made numbers of MNIST training digits, then, when {@code doodles} holds any, from
     * {@link #DOODLE_SHARE} as many numbers with one of them between two digits (the digits' examples come first and
     * are the same with or without them). Throws {@link RunStopped} between
     * numbers once {@code control} asks to stop: making 16,000 numbers' cuts takes most of a minute.
     */
    static Cuts examples(MnistSet trainDigits, int numbers, long seed, DigitVariation variation,
                         Doodles doodles, RunControl control) throws IOException {
        NumberLayouts layouts = new NumberLayouts(trainDigits, variation);
        Random random = new Random(seed);
        ExampleStore views = new ExampleStore(SegmentView.SIZE);
        List<Integer> answers = new ArrayList<>();
        for (int n = 0; n < numbers; n++) {
            control.stopIfRequested();
            NumberLayouts.Gap gap = gap(random);
            add(SegmentSamples.of(layouts.make(random, 1 + random.nextInt(LONGEST), gap), random), views, answers);
        }
        List<GrayImage> all = doodles.read();
        if (!all.isEmpty()) {
            int withDoodles = (int) Math.round(numbers * DOODLE_SHARE);
            List<GrayImage> picked = new ArrayList<>();
            for (int k = 0; k < withDoodles; k++) {
                picked.add(all.get(random.nextInt(all.size())));
            }
            all = null; // the drawings not picked are let go before the examples grow
            for (int n = 0; n < withDoodles; n++) {
                control.stopIfRequested();
                NumberLayouts.Gap gap = gap(random);
                GrayImage doodle = picked.get(random.nextInt(picked.size()));
                if (DoodlesInNumbers.inked(doodle)) {
                    NumberLayouts.Layout layout = DoodlesInNumbers.written(doodle, trainDigits, gap, random);
                    add(SegmentSamples.of(layout, random), views, answers);
                }
            }
        }
        return new Cuts(views, answers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A gap kind drawn at random: {@link #TOUCHING} of them touching, the rest narrow or wide alike. */
    private static NumberLayouts.Gap gap(Random random) {
        return random.nextDouble() < TOUCHING ? NumberLayouts.Gap.TOUCHING
                : random.nextBoolean() ? NumberLayouts.Gap.NARROW : NumberLayouts.Gap.WIDE;
    }

    /** Each sample's view as bytes (a view's pixels times 255) into {@code views}, its answer into {@code answers}. */
    private static void add(List<SegmentSamples.Sample> samples, ExampleStore views, List<Integer> answers) {
        byte[] view = new byte[SegmentView.SIZE];
        for (SegmentSamples.Sample s : samples) {
            float[] v = s.view();
            for (int k = 0; k < view.length; k++) {
                view[k] = (byte) Math.round(Math.min(1, Math.max(0, v[k])) * 255);
            }
            views.add(view);
            answers.add(s.answer());
        }
    }

    /**
     * How a judge is trained: the seed of its examples, order and first weights; the made numbers its examples are
     * cut from; passes over them; how their digits vary; people's {@code doodles} written into numbers
     * ({@link Doodles#NONE}: digits alone); and the network to train further ({@code start}; empty: a new one of
     * {@code seed}). The bundled judges were trained anew on digits alone; one epoch more with doodles from them
     * was measured and not kept (BENCHMARKS.md, "The bundled judges taught doodles by one epoch more").
     */
    public record Recipe(long seed, int numbers, int epochs, DigitVariation variation, Doodles doodles,
                         Optional<Network> start) {

        /** A new network of {@code seed} on {@code numbers} numbers of MNIST's digits as they are. */
        public static Recipe of(long seed, int numbers, int epochs) {
            return new Recipe(seed, numbers, epochs, DigitVariation.NONE, Doodles.NONE, Optional.empty());
        }
    }

    /**
     * A judge trained as {@code recipe} says, through the one {@link FitLoop} ({@code hooks} after its stop-on-NaN);
     * empty when {@code control} stopped it.
     */
    public static Optional<SegmentJudge> train(MnistSet trainDigits, Recipe recipe, RunControl control,
                                               FitLoop.Callback... hooks)
            throws IOException, InterruptedException {
        Backend.configure();
        Cuts examples;
        try {
            examples = examples(trainDigits, recipe.numbers(), recipe.seed(), recipe.variation(), recipe.doodles(),
                    control);
        } catch (RunStopped stopped) {
            return Optional.empty();
        }
        Network net = recipe.start().orElseGet(() -> SmallNetworks.create(SHAPE, recipe.seed(), LEARNING_RATE));
        int[] order = java.util.stream.IntStream.range(0, examples.size()).toArray();
        Random random = new Random(recipe.seed());
        List<FitLoop.Callback> callbacks = new ArrayList<>(List.of(FitLoop.stopOnNaN(LEARNING_RATE)));
        callbacks.addAll(List.of(hooks));
        int steps = (order.length + BATCH - 1) / BATCH;
        FitLoop.Outcome outcome = FitLoop.run(net, 1, recipe.epochs(), epoch -> {
            shuffle(order, random);
            return Examples.epoch(steps, SegmentView.INPUT, SegmentJudge.ANSWERS,
                    step -> batch(examples, order, step * BATCH, Math.min(order.length, (step + 1) * BATCH)));
        }, control, callbacks);
        return outcome.stopped() ? Optional.empty() : Optional.of(new SegmentJudge(net));
    }

    /**
     * The one network in a judge file (its members beside it are not read), to train further; throws, saying why,
     * when the file is missing or not a judge's network.
     */
    public static Network start(Path file) throws IOException {
        return SmallNetworks.read(file, SHAPE);
    }

    private static Examples.Batch batch(Cuts examples, int[] order, int from, int to) {
        int n = to - from;
        float[] x = new float[n * SegmentView.SIZE];
        int[] answers = new int[n];
        byte[] view = new byte[SegmentView.SIZE];
        for (int i = 0; i < n; i++) {
            int e = order[from + i];
            examples.views().read(e, view);
            for (int k = 0; k < SegmentView.SIZE; k++) {
                x[i * SegmentView.SIZE + k] = (view[k] & 0xff) / 255f;
            }
            answers[i] = examples.answers()[e];
        }
        return new Examples.Batch(x, answers);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}

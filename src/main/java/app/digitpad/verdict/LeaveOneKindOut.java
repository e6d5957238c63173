package app.digitpad.verdict;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Network;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.training.FitLoop;
import app.digitpad.training.RunControl;
import app.digitpad.training.RunStopped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The figure that predicts a stranger's doodle: for each kind of non-digit, a gate trained the bundled way
 * but without that kind, asked about drawings of it (kind-disjoint), beside the gate trained on every kind
 * (same generator, a new seed). MNIST's test digits wrongly refused by each gate come with it, so a kind that
 * is only rejected by refusing digits shows. Given people's doodles, each gate is two networks as the bundled one
 * ({@link DigitGate#member}), both trained without the kind (and without people's categories of it). Runs on its
 * caller's thread; one gate training per kind (two with people's doodles), or one for all the kinds asked about
 * when they are left out together.
 */
public final class LeaveOneKindOut {

    /** Drawings of each kind asked about: 40 (the benchmark's 8 give steps of 12.5 points). */
    public static final int PER_KIND = 40;
    /** Their seed: neither the benchmark's nor any of the training's (1 to a few hundred). */
    public static final long SEED = 20261202L;

    /**
     * @param leftOut       share of the kind's drawings answered "not a digit" by the gate trained without it
     * @param withAll       the same by the gate given (trained with every kind)
     * @param mnistRejected share of MNIST test digits the gate trained without the kind answers "not a digit"
     */
    public record Row(NotDigits.Kind kind, double leftOut, double withAll, double mnistRejected) {
    }

    private LeaveOneKindOut() {
    }

    /**
     * What the caller hears of a run: {@code control} asked between steps, every gate's training steps (a gate
     * takes minutes and the run hours, so a command shows them), and each row as it is done.
     */
    public record Hooks(RunControl control, FitLoop.Callback steps, Consumer<Row> onRow) {

        /** Rows only; the steps are not heard. */
        public static Hooks of(RunControl control, Consumer<Row> onRow) {
            return new Hooks(control, new FitLoop.Callback() { }, onRow);
        }
    }

    /**
     * The drawings every gate is asked about ({@link #PER_KIND} of each kind, seed {@link #SEED}), read once by the
     * digit model: most of a run's set-up (seconds for 2,080 pad drawings), the same for every run with that model.
     * Not changed after it is made, but it holds the digit model, which a run reads MNIST's test digits with: one run
     * at a time (a DL4J network is not thread-safe).
     */
    public static final class Asked {

        private final Network digits;
        private final List<NotDigits.Sample> drawings;
        private final RejectionBenchmark.Read read;

        private Asked(Network digits, List<NotDigits.Sample> drawings, RejectionBenchmark.Read read) {
            this.digits = digits;
            this.drawings = drawings;
            this.read = read;
        }

        /** The drawings, read by {@code digits} (the model the gates' verdicts go with). */
        public static Asked of(Network digits) {
            List<NotDigits.Sample> drawings = NotDigits.generate(SEED, PER_KIND);
            return new Asked(digits, drawings, RejectionBenchmark.read(digits, drawings.size(),
                    i -> drawings.get(i).drawing().ink()));
        }
    }

    /**
     * One row per kind in {@code kinds}, each given to the hooks' {@code onRow} when it is done; fewer when
     * their {@code control} stopped the run. With {@code together}, one gate is trained without all of {@code kinds}
     * at once (a stricter test and one training instead of many); otherwise one gate per kind. {@code rawTrain}
     * is what {@link GateTraining#train} takes; the gates follow {@code recipe}.
     */
    public static List<Row> run(GateTraining.Recipe recipe, Asked asked, Optional<DigitGate> trainedOnAll,
                                MnistSet rawTrain, List<PeoplesDoodles.Category> people, MnistSet rawTest, long seed,
                                List<NotDigits.Kind> kinds, boolean together, Hooks hooks)
            throws IOException, InterruptedException {
        List<NotDigits.Sample> drawings = asked.drawings;
        RejectionBenchmark.Read test = RejectionBenchmark.read(asked.digits, rawTest.size(),
                i -> new GrayImage(MnistSet.SIDE, MnistSet.SIDE, rawTest.image(i)));
        List<Verdict> byAll = asked.read.verdicts(trainedOnAll);
        List<Row> rows = new ArrayList<>();
        GateTraining.Prepared prepared;
        try {
            prepared = GateTraining.prepare(recipe, rawTrain, people, seed, hooks.control());
        } catch (RunStopped stopped) {
            return rows;
        }
        List<List<NotDigits.Kind>> rounds = together ? List.of(kinds) : kinds.stream().map(List::of).toList();
        for (List<NotDigits.Kind> left : rounds) {
            Optional<DigitGate> without = trainWithout(recipe, prepared, left, !people.isEmpty(), seed, hooks);
            if (without.isEmpty()) {
                break;
            }
            List<Verdict> byWithout = asked.read.verdicts(without);
            double mnist = rejected(test.verdicts(without));
            for (NotDigits.Kind kind : left) {
                Row row = new Row(kind, share(drawings, byWithout, kind), share(drawings, byAll, kind), mnist);
                rows.add(row);
                hooks.onRow().accept(row);
            }
        }
        return rows;
    }

    /** A gate trained without the kinds {@code left}: the first network, and with people's doodles its member. */
    private static Optional<DigitGate> trainWithout(GateTraining.Recipe recipe, GateTraining.Prepared prepared,
                                                    List<NotDigits.Kind> left, boolean pair, long seed,
                                                    Hooks hooks) throws IOException, InterruptedException {
        Optional<DigitGate> first = GateTraining.train(recipe, prepared, prepared.oursWithout(left), seed,
                hooks.control(), hooks.steps());
        if (!pair || first.isEmpty()) {
            return first;
        }
        return GateTraining.train(recipe, prepared, prepared.without(left), seed, hooks.control(), hooks.steps())
                .map(member -> DigitGate.of(first.get(), member));
    }

    /** The mean of the left-out shares: the "mean" figure. */
    public static double mean(List<Row> rows) {
        return rows.stream().mapToDouble(Row::leftOut).average().orElse(Double.NaN);
    }

    private static double share(List<NotDigits.Sample> drawings, List<Verdict> verdicts, NotDigits.Kind kind) {
        int of = 0;
        int rejected = 0;
        for (int i = 0; i < drawings.size(); i++) {
            if (drawings.get(i).kind() == kind) {
                of++;
                rejected += verdicts.get(i).kind() == Verdict.Kind.NOT_A_DIGIT ? 1 : 0;
            }
        }
        return (double) rejected / of;
    }

    private static double rejected(List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> v.kind() == Verdict.Kind.NOT_A_DIGIT).count() / (double) verdicts.size();
    }
}

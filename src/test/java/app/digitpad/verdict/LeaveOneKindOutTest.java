package app.digitpad.verdict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.model.Network;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import app.digitpad.training.ExampleStore;
import app.digitpad.training.Examples;
import app.digitpad.training.FitLoop;
import app.digitpad.training.RunControl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Leave-one-kind-out on real MNIST and the real generators, with a small recipe so it runs in seconds: the
 * left-out kind's examples are gone from the gate's training set and nothing else is, each kind gets its row,
 * and a stop ends the run between gates. The figures of the bundled recipe are a benchmark (BENCHMARKS.md).
 */
class LeaveOneKindOutTest {

    private static final GateTraining.Recipe SMALL = new GateTraining.Recipe(600, 140, 1_040, 300, 1);
    /** The drawings asked about, read once by the bundled model for the tests that run gates (9 s each time). */
    private static LeaveOneKindOut.Asked drawings;

    private static synchronized LeaveOneKindOut.Asked drawingsAsked() throws Exception {
        if (drawings == null) {
            Network digits = new CheckpointLoader().load(Models.bundled(), false).network();
            drawings = LeaveOneKindOut.Asked.of(digits);
        }
        return drawings;
    }

    @Test
    void leavingAKindOutDropsExactlyItsExamples() {
        int[] kinds = {-1, 0, 3, 3, -1, 5, 3, -2};
        ExampleStore inputs = ExampleStore.ofFloats(MnistSet.PIXELS);
        for (int i = 0; i < kinds.length; i++) {
            float[] input = new float[MnistSet.PIXELS];
            Arrays.fill(input, i);
            inputs.addFloats(input);
        }
        GateTraining.Prepared prepared = new GateTraining.Prepared(inputs, kinds);

        assertArrayEquals(new int[] {0, 1, 4, 5, 7}, prepared.without(NotDigits.Kind.values()[3]));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, prepared.without((NotDigits.Kind) null));
        assertArrayEquals(new int[] {0, 4, 7}, prepared.without(List.of(NotDigits.Kind.values()[3],
                NotDigits.Kind.values()[0], NotDigits.Kind.values()[5])), "several kinds at once; programs stay");
        Examples.Source all = prepared.examples();
        int[] answers = new int[all.size()];
        float[] values = new float[MnistSet.PIXELS];
        for (int i = 0; i < all.size(); i++) {
            answers[i] = all.answer(i);
            all.copy(i, values, 0);
            assertEquals(i, values[MnistSet.PIXELS - 1], "example " + i + " reads back as stored");
        }
        assertArrayEquals(new int[] {GateTraining.DIGIT, 0, 0, 0, GateTraining.DIGIT, 0, 0, 0}, answers);
    }

    @Test
    void theTrainingSetHoldsEveryKindTheProgramsAndTheDigitsDrawnOnThePad() {
        GateTraining.Prepared prepared = GateTraining.prepare(SMALL, TestData.train(), 1, RunControl.none());
        int[] perKind = new int[NotDigits.Kind.values().length];
        int digits = 0;
        int programs = 0;
        for (int k : prepared.kinds()) {
            if (k == -1) {
                digits++;
            } else if (k == -2) {
                programs++;
            } else {
                perKind[k]++;
            }
        }
        assertEquals(SMALL.trainingDigits(), digits);
        assertEquals(SMALL.nonDigits(), Arrays.stream(perKind).sum());
        assertTrue(Arrays.stream(perKind).allMatch(n -> n == 20), Arrays.toString(perKind));
        assertEquals(SMALL.programs(), programs);
        int[] withoutStar = prepared.without(NotDigits.Kind.STAR);
        assertEquals(prepared.kinds().length - 20, withoutStar.length, "only the stars are left out, never the programs");
    }

    @Test
    void peoplesDoodlesComeAfterOursAndThoseOfALeftOutKindAreLeftOutWithIt() throws Exception {
        List<PeoplesDoodles.Category> sample = PeoplesDoodles.load(PeoplesDoodlesTest.SAMPLE).stream()
                .filter(c -> !List.of("star", "triangle", "smiley face", "face", "zigzag").contains(c.name())).toList();
        PeoplesDoodles.Category star = new PeoplesDoodles.Category("star", sample.get(0).drawings());
        List<PeoplesDoodles.Category> people = List.of(sample.get(1), star, sample.get(2));
        GateTraining.Prepared ours = GateTraining.prepare(SMALL, TestData.train(), 1, RunControl.none());

        GateTraining.Prepared both = GateTraining.prepare(SMALL, TestData.train(), people, 1, RunControl.none());

        assertEquals(ours.kinds().length, both.ours());
        assertEquals(ours.kinds().length + 3, both.kinds().length);
        float[] a = new float[MnistSet.PIXELS];
        float[] b = new float[MnistSet.PIXELS];
        for (int i = 0; i < ours.kinds().length; i += 97) {
            ours.inputs().readFloats(i, a, 0);
            both.inputs().readFloats(i, b, 0);
            assertArrayEquals(a, b, "example " + i + " is the bundled recipe's, so the first network is the bundled one");
        }
        List<NotDigits.Kind> stars = List.of(NotDigits.Kind.STAR);
        assertArrayEquals(ours.without(stars), both.oursWithout(stars), "the first network never sees people's doodles");
        assertEquals(ours.without(stars).length + 2, both.without(stars).length, "people's star is left out with stars");
        Examples.Source examples = both.examples();
        for (int i = ours.kinds().length; i < both.kinds().length; i++) {
            assertEquals(1 - GateTraining.DIGIT, examples.answer(i), "a people's doodle is not a digit");
        }
    }

    @Test
    void eachKindGetsARowFromAGateThatNeverSawIt() throws Exception {
        List<NotDigits.Kind> asked = List.of(NotDigits.Kind.SCRIBBLE, NotDigits.Kind.SMILEY);
        List<LeaveOneKindOut.Row> said = new ArrayList<>();
        AtomicInteger gatesBegun = new AtomicInteger();
        FitLoop.Callback steps = new FitLoop.Callback() {
            @Override
            public void stepDone(FitLoop.Step step) {
                if (step.epoch() == 1 && step.step() == 1) {
                    gatesBegun.incrementAndGet();
                }
            }
        };

        List<LeaveOneKindOut.Row> rows = LeaveOneKindOut.run(SMALL, drawingsAsked(), Optional.empty(), TestData.train(),
                List.of(), TestData.test().limit(300), 1, asked, false,
                new LeaveOneKindOut.Hooks(RunControl.none(), steps, said::add));

        assertEquals(said, rows);
        assertEquals(2, gatesBegun.get(), "each gate's training steps are heard");
        assertEquals(asked, rows.stream().map(LeaveOneKindOut.Row::kind).toList());
        for (LeaveOneKindOut.Row row : rows) {
            for (double share : new double[] {row.leftOut(), row.withAll(), row.mnistRejected()}) {
                assertTrue(share >= 0 && share <= 1, row.toString());
            }
            assertTrue(row.mnistRejected() < 0.5, "a gate that refuses most digits learned nothing: " + row);
        }
        assertEquals(rows.stream().mapToDouble(LeaveOneKindOut.Row::leftOut).average().orElseThrow(),
                LeaveOneKindOut.mean(rows), 1e-12);
    }

    @Test
    void kindsLeftOutTogetherGetTheirRowsFromOneGate() throws Exception {
        List<NotDigits.Kind> asked = List.of(NotDigits.Kind.HEART, NotDigits.Kind.LETTER_C, NotDigits.Kind.QUESTION);

        List<LeaveOneKindOut.Row> rows = LeaveOneKindOut.run(SMALL, drawingsAsked(), Optional.empty(), TestData.train(),
                List.of(), TestData.test().limit(300), 1, asked, true,
                LeaveOneKindOut.Hooks.of(RunControl.none(), row -> { }));

        assertEquals(asked, rows.stream().map(LeaveOneKindOut.Row::kind).toList());
        assertEquals(1, rows.stream().mapToDouble(LeaveOneKindOut.Row::mnistRejected).distinct().count(),
                "one gate refused the same MNIST digits for every row: " + rows);
    }

    @Test
    void aStopEndsTheRunBetweenGates() throws Exception {
        AtomicInteger rowsSoFar = new AtomicInteger();
        RunControl stopAfterFirst = () -> rowsSoFar.get() >= 1;

        List<LeaveOneKindOut.Row> rows = LeaveOneKindOut.run(SMALL, drawingsAsked(), Optional.empty(), TestData.train(),
                List.of(), TestData.test().limit(100), 1,
                List.of(NotDigits.Kind.DOT, NotDigits.Kind.DASH, NotDigits.Kind.STAR), false,
                LeaveOneKindOut.Hooks.of(stopAfterFirst, row -> rowsSoFar.incrementAndGet()));

        assertEquals(1, rows.size());
    }

    /**
     * Ctrl+C while the examples are prepared (minutes for the bundled recipe): the preparation asks the control
     * between chunks, so no gate is trained and no row is given, instead of the stop waiting for the first step.
     */
    @Test
    void aStopWhileTheExamplesArePreparedTrainsNoGate() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        RunControl stopAtTheSecondChunk = () -> asked.incrementAndGet() >= 2;
        List<LeaveOneKindOut.Row> said = new ArrayList<>();

        List<LeaveOneKindOut.Row> rows = LeaveOneKindOut.run(SMALL, drawingsAsked(), Optional.empty(), TestData.train(),
                List.of(), TestData.test().limit(100), 1, List.of(NotDigits.Kind.DOT), false,
                LeaveOneKindOut.Hooks.of(stopAtTheSecondChunk, said::add));

        assertTrue(rows.isEmpty() && said.isEmpty(), rows.toString());
        assertEquals(2, asked.get(), "asked at the first chunk, stopped at the second, never asked by a training");
        asked.set(0);
        assertTrue(GateTraining.train(SMALL, TestData.train(), 1, stopAtTheSecondChunk).isEmpty());
        assertEquals(2, asked.get());
    }
}

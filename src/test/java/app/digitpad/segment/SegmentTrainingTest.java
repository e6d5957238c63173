package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import app.digitpad.training.FitLoop;
import app.digitpad.training.RunControl;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judge's training on real MNIST digits, a few numbers so it runs in seconds: it gives a judge, and a stop
 * while its examples are made (most of a minute for the bundled 16,000 numbers) ends it there, with nothing trained.
 */
class SegmentTrainingTest {

    @Test
    void aFewNumbersTrainAJudgeOfOneNetwork() throws Exception {
        Optional<SegmentJudge> judge = SegmentTraining.train(TestData.train(), SegmentTraining.Recipe.of(1, 30, 1),
                RunControl.none());

        assertTrue(judge.isPresent());
        assertEquals(1, judge.get().networks());
    }

    /** From the bundled judge: read, never written. */
    @Test
    void aJudgeTrainedFurtherStartsFromItsOwnWeightsNotANewNetworks(@TempDir Path tmp) throws Exception {
        Path file = new ModelLibrary(Models.bundled().getParent()).segmentJudge();

        double fresh = firstLoss(SegmentTraining.Recipe.of(2, 60, 1));
        double further = firstLoss(new SegmentTraining.Recipe(2, 60, 1, DigitVariation.NONE,
                SegmentTraining.Doodles.NONE, Optional.of(SegmentTraining.start(file))));

        assertTrue(further < fresh / 2, "first step's loss " + further + " from the judge against " + fresh + " anew");
        assertThrows(java.io.IOException.class, () -> SegmentTraining.start(tmp.resolve("none.judge")));
    }

    private static double firstLoss(SegmentTraining.Recipe recipe) throws Exception {
        List<Double> losses = new java.util.ArrayList<>();
        FitLoop.Callback record = new FitLoop.Callback() {
            @Override
            public void stepDone(FitLoop.Step step) {
                losses.add(step.loss());
            }
        };
        SegmentTraining.train(TestData.train(), recipe, RunControl.none(), record).orElseThrow();
        return losses.get(0);
    }

    @Test
    void doodlesAddNumbersAfterTheDigitsOwnExamplesLeavingThoseAsTheyWere() throws Exception {
        SegmentTraining.Cuts digits = SegmentTraining.examples(TestData.train(), 40, 1, DigitVariation.NONE,
                SegmentTraining.Doodles.NONE, RunControl.none());
        SegmentTraining.Cuts both = SegmentTraining.examples(TestData.train(), 40, 1, DigitVariation.NONE,
                () -> List.of(SegmentSamplesTest.zigzag()), RunControl.none());

        assertTrue(both.size() > digits.size(), both.size() + " against " + digits.size());
        byte[] a = new byte[SegmentView.SIZE];
        byte[] b = new byte[SegmentView.SIZE];
        for (int e = 0; e < digits.size(); e++) {
            assertEquals(digits.answers()[e], both.answers()[e]);
            digits.views().read(e, a);
            both.views().read(e, b);
            assertArrayEquals(a, b, "example " + e);
        }
        long notOne = java.util.stream.IntStream.range(digits.size(), both.size())
                .filter(e -> both.answers()[e] == SegmentJudge.NOT_ONE_DIGIT).count();
        assertTrue(notOne >= 10, notOne + " of the 10 doodle numbers' examples are not one digit");
    }

    @Test
    void aStopWhileTheExamplesAreMadeTrainsNothing() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        RunControl stopAtTheFourthNumber = () -> asked.incrementAndGet() >= 4;

        Optional<SegmentJudge> judge = SegmentTraining.train(TestData.train(), new SegmentTraining.Recipe(1, 500, 1,
                DigitVariation.WRITERS, SegmentTraining.Doodles.NONE, Optional.empty()), stopAtTheFourthNumber);

        assertTrue(judge.isEmpty());
        assertEquals(4, asked.get(), "asked before each number, stopped before the fourth, never asked by a training");
    }
}

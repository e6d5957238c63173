package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import app.digitpad.training.RunControl;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The judge's training on real MNIST digits, a few numbers so it runs in seconds: it gives a judge, and a stop
 * while its examples are made (most of a minute for the bundled 16,000 numbers) ends it there, with nothing trained.
 */
class SegmentTrainingTest {

    @Test
    void aFewNumbersTrainAJudgeOfOneNetwork() throws Exception {
        Optional<SegmentJudge> judge = SegmentTraining.train(TestData.train(), 1, 30, 1, DigitVariation.NONE,
                RunControl.none());

        assertTrue(judge.isPresent());
        assertEquals(1, judge.get().networks());
    }

    @Test
    void aStopWhileTheExamplesAreMadeTrainsNothing() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        RunControl stopAtTheFourthNumber = () -> asked.incrementAndGet() >= 4;

        Optional<SegmentJudge> judge = SegmentTraining.train(TestData.train(), 1, 500, 1, DigitVariation.WRITERS,
                stopAtTheFourthNumber);

        assertTrue(judge.isEmpty());
        assertEquals(4, asked.get(), "asked before each number, stopped before the fourth, never asked by a training");
    }
}

package app.digitpad.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.testing.BundledAnswers;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The end-to-end accuracy check: each bundled model over all 10,000 MNIST test images, against its bar and
 * against the accuracy its sidecar claims.
 */
class BundledModelAccuracyTest {

    @ParameterizedTest
    // Five epochs of the tutorial's recipe (augmented, Adam decaying per epoch) landed at 0.9925, 0.9926 and
    // 0.9933 with seeds 1, 2 and 3; the bundled one is seed 1. Its bar is the speed issue's 99.0%.
    @CsvSource({"bncnn.zip, 0.995", "tutorial.zip, 0.990"})
    void bundledModelReachesItsAccuracyOnTheFullTestSet(String model, double bar) throws Exception {
        Checkpoint.Loaded loaded = new CheckpointLoader().load(Models.bundled(model), false);
        EvaluationReport report = Evaluator.evaluate(loaded.network(), TestData.preprocessedTest());
        assertEquals(10_000, report.count());
        assertTrue(report.accuracy() >= bar, "accuracy " + report.accuracy());
        assertEquals(loaded.checkpoint().metadata().orElseThrow().metrics().testAccuracy(), report.accuracy(), 1e-9,
                "the sidecar's recorded accuracy is the measured one");
        int total = 0;
        for (int[] row : report.confusion()) {
            for (int c : row) {
                total += c;
            }
        }
        assertEquals(10_000, total);
        for (double perClass : report.perClass()) {
            assertTrue(perClass > 0.97, "every digit above 97%: " + perClass);
        }
    }

    @Test
    void theRecordedAnswersThatThePlainNativesAreCheckedAgainstAreTheModelsOwn() throws Exception {
        Checkpoint.Loaded loaded = new CheckpointLoader().load(Models.bundled("bncnn.zip"), false);
        assertEquals(BundledAnswers.recorded(), BundledAnswers.of(loaded.network()));
    }
}

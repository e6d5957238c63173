package app.digitpad.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The end-to-end accuracy check: each bundled model over all 10,000 MNIST test images, against its bar and
 * against the accuracy its sidecar claims.
 */
class BundledModelAccuracyTest {

    @ParameterizedTest
    // The tutorial's own recipe (5 epochs, no augmentation) lands between 0.989 and 0.992 depending on the
    // run; the bundled one, trained with that recipe and seed 1, is at 0.9896.
    @CsvSource({"bncnn.zip, 0.995", "tutorial.zip, 0.989"})
    void bundledModelReachesItsAccuracyOnTheFullTestSet(String model, double bar) throws Exception {
        Checkpoint.Loaded loaded = new CheckpointLoader().load(Models.bundled(model), false);
        EvaluationReport report = Evaluator.evaluate(loaded.network(), TestData.preprocessedTest());
        assertEquals(10_000, report.count());
        assertTrue(report.accuracy() >= bar, "accuracy " + report.accuracy());
        assertEquals(loaded.checkpoint().metadata().orElseThrow().testAccuracy(), report.accuracy(), 1e-9,
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
}

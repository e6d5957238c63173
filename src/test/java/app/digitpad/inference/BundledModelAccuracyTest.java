package app.digitpad.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import org.junit.jupiter.api.Test;

/** The one end-to-end accuracy check: the bundled model over all 10,000 MNIST test images. */
class BundledModelAccuracyTest {

    @Test
    void bundledModelReachesTheTutorialsAccuracyOnTheFullTestSet() throws Exception {
        Checkpoint.Loaded loaded = new CheckpointLoader().load(Models.bundled(), false);
        EvaluationReport report = Evaluator.evaluate(loaded.network(), TestData.preprocessedTest());
        assertEquals(10_000, report.count());
        assertTrue(report.accuracy() >= 0.990, "accuracy " + report.accuracy());
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

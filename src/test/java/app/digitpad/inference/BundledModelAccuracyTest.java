package app.digitpad.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.DrawnDigits;
import app.digitpad.testing.BundledAnswers;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.util.Map;
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

    /**
     * The drawn benchmark's answers on the first 1,000 test digits drawn each way are the recorded ones, and
     * each way's accuracy there is near the sidecar's figure over all 10,000 (within 2 points: about five
     * standard errors of a 1,000-digit sample). The full reproduction runs with -Pfull-benchmarks.
     */
    @Test
    void theDrawnBenchmarksAnswersOnTheFirstThousandAreTheRecordedOnes() throws Exception {
        Checkpoint.Loaded loaded = new CheckpointLoader().load(Models.bundled("bncnn.zip"), false);
        Map<DrawnDigits.Distortion, String> answers = BundledAnswers.drawnOf(loaded.network());
        assertEquals(BundledAnswers.recordedDrawn(), answers);
        Map<String, Double> sidecar = loaded.checkpoint().metadata().orElseThrow().benchmarks().drawnAccuracy();
        MnistSet test = TestData.test();
        answers.forEach((distortion, line) -> {
            int right = 0;
            for (int i = 0; i < line.length(); i++) {
                right += line.charAt(i) - '0' == test.label(i) ? 1 : 0;
            }
            double accuracy = right / (double) line.length();
            assertEquals(sidecar.get(distortion.name().toLowerCase(java.util.Locale.ROOT)), accuracy, 0.02, distortion.name());
            assertTrue(accuracy >= 0.97, distortion + ": " + accuracy);
        });
    }
}

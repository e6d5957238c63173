package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Predictor;
import app.digitpad.testing.Models;
import app.digitpad.verdict.DigitGate;
import java.util.List;
import java.util.Map;

/**
 * How many numbers of 2-6 digits the bundled model, gate and judge read right: CI reads 20 per gap kind (4 per
 * cell, seed 7), {@code -Pfull-benchmarks} 100. BENCHMARKS.md has the 2,500-per-kind figures of the benchmark's own
 * seed. Floors sit a string or two under what was measured, so that a change that costs strings is seen; the digits
 * read right must be two points over each floor's share of strings (a wrong string is mostly one wrong digit). Made of
 * MNIST test digits ({@link MnistNumbersTest}) and of strangers' ({@link StrangersNumbersTest}), two classes so that
 * CI's two test JVMs can read them side by side.
 */
final class NumberAccuracy {

    private static final long SEED = 7;
    private static NumberReader reader;

    private NumberAccuracy() {
    }

    /** The bundled model, gate and judge, loaded once per test JVM; the test thread only. */
    private static synchronized NumberReader reader() throws Exception {
        if (reader == null) {
            Predictor predictor = new Predictor(new CheckpointLoader().load(Models.bundled(), false).network(), "bncnn");
            ModelLibrary library = new ModelLibrary(Models.bundled().getParent());
            reader = new NumberReader(predictor, DigitGate.load(library.gate()), SegmentJudge.load(library.segmentJudge()));
        }
        return reader;
    }

    /** Reads {@code perCell} numbers of each length 2-6 and gap kind; asserts each kind's strings read right. */
    static void assertRead(MnistSet digits, int perCell, Map<NumberLayouts.Gap, Integer> floors) throws Exception {
        List<NumberBenchmark.Cell> cells = NumberBenchmark.run(reader(), new NumberLayouts(digits), SEED, perCell,
                NumberBenchmark.SHORTEST, NumberBenchmark.BAR_LONGEST);
        for (NumberLayouts.Gap gap : NumberLayouts.Gap.values()) {
            NumberBenchmark.Cell total = NumberBenchmark.total(cells, gap, NumberBenchmark.SHORTEST, NumberBenchmark.BAR_LONGEST);
            assertEquals(5 * perCell, total.strings(), gap + ": " + total);
            assertTrue(total.stringsRight() >= floors.get(gap), gap + ": " + total);
            assertTrue(total.digitAccuracy() >= floors.get(gap) / (5.0 * perCell) + 0.02, gap + ": " + total);
        }
    }
}

package app.digitpad.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled gate is two networks (its first and {@code not-a-digit-2.gate} beside it): a drawing either refuses
 * at its own threshold is refused, whichever front asks; without the second file the first judges alone.
 */
class DigitGatePairTest {

    private static float[] inputs(List<PeoplesDoodles.Category> sample, MnistSet digits, int count) {
        float[] out = new float[2 * count * MnistSet.PIXELS];
        for (int i = 0; i < count; i++) {
            float[] doodle = DigitNormalizer.normalize(sample.get(i).drawings().get(0)).orElseThrow();
            System.arraycopy(doodle, 0, out, i * MnistSet.PIXELS, MnistSet.PIXELS);
            System.arraycopy(digits.image(i), 0, out, (count + i) * MnistSet.PIXELS, MnistSet.PIXELS);
        }
        return out;
    }

    @Test
    void theBundledGateIsTwoNetworksAndEitherOneRefuses(@TempDir Path alone) throws Exception {
        Path bundled = Models.bundled("not-a-digit.gate");
        assertTrue(Files.isRegularFile(DigitGate.member(bundled)), "the second network ships beside the first");
        DigitGate pair = DigitGate.load(bundled).orElseThrow();
        assertEquals(2, pair.networks());
        DigitGate first = DigitGate.load(Files.copy(bundled, alone.resolve("not-a-digit.gate"))).orElseThrow();
        assertEquals(1, first.networks(), "a gate file without its second network beside it is one network");
        DigitGate second = DigitGate.load(Files.copy(DigitGate.member(bundled), alone.resolve("other.gate")))
                .orElseThrow();

        int count = 60;
        float[] asked = inputs(PeoplesDoodles.load(PeoplesDoodlesTest.SAMPLE), TestData.test(), count);
        double[] both = pair.digitProbabilities(asked, 2 * count);
        double[] one = first.digitProbabilities(asked, 2 * count);
        double[] two = second.digitProbabilities(asked, 2 * count);
        int refusedByTheSecondOnly = 0;
        for (int i = 0; i < 2 * count; i++) {
            boolean refused = one[i] < DigitGate.THRESHOLD || two[i] < DigitGate.MEMBER_THRESHOLD;
            assertEquals(refused, both[i] < DigitGate.THRESHOLD, "input " + i + ": " + one[i] + " / " + two[i]);
            assertEquals(Math.min(one[i], Math.min(1, two[i] * DigitGate.THRESHOLD / DigitGate.MEMBER_THRESHOLD)),
                    both[i], 1e-9);
            refusedByTheSecondOnly += i < count && one[i] >= DigitGate.THRESHOLD && refused ? 1 : 0;
        }
        assertTrue(refusedByTheSecondOnly >= 3, "people's doodles the first network lets through and the second "
                + "refuses: " + refusedByTheSecondOnly + " of " + count);
        assertThrows(IllegalStateException.class, () -> pair.save(alone.resolve("pair.gate")),
                "two networks are saved one file each");
    }

    @Test
    void aDamagedSecondNetworkLeavesTheFirstJudgingAlone(@TempDir Path models) throws Exception {
        Path gate = Files.copy(Models.bundled("not-a-digit.gate"), models.resolve("not-a-digit.gate"));
        Files.writeString(DigitGate.member(gate), "not a network");

        DigitGate loaded = DigitGate.load(gate).orElseThrow();

        assertEquals(1, loaded.networks());
    }
}

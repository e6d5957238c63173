package app.digitpad.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.model.Network;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import org.junit.jupiter.api.Test;

/** The two bundled models over the whole MNIST test set: where exactly one of them is right. */
class DisagreementsTest {

    @Test
    void theCasesAreExactlyTheDigitsOnlyOneModelReadsRight() throws Exception {
        Network bncnn = new CheckpointLoader().load(Models.bundled(), false).network();
        Network tutorial = new CheckpointLoader().load(Models.bundled("tutorial.zip"), false).network();
        // The first 2,000 test digits hold 16 only the bundled model reads right and 5 only the tutorial's.
        MnistSet test = TestData.preprocessedTest().limit(2_000);
        Disagreements.Report r = Disagreements.find(bncnn, tutorial, test);

        assertEquals(2_000, r.count());
        assertEquals(Math.round(Evaluator.evaluate(bncnn, test).accuracy() * 2_000), r.firstRight());
        assertEquals(Math.round(Evaluator.evaluate(tutorial, test).accuracy() * 2_000), r.secondRight());
        assertEquals(r.firstRight() - r.secondRight(), r.onlyFirst().size() - r.onlySecond().size(),
                "digits both read right or both wrong cancel out");
        assertFalse(r.onlyFirst().isEmpty() || r.onlySecond().isEmpty(), "each model has digits only it reads");
        for (Disagreements.Case c : r.onlyFirst()) {
            assertEquals(test.label(c.index()), c.label());
            assertTrue(c.firstRight());
            assertNotEquals(c.label(), c.second());
            assertEquals(c.first(), Prediction.of(new Predictor(bncnn, "b").predict(test.image(c.index()))
                    .probabilities()).digit(), "the same answer one image at a time");
        }
        r.onlySecond().forEach(c -> assertTrue(!c.firstRight() && c.second() == c.label()));
    }
}

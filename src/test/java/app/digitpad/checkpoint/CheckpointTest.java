package app.digitpad.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.testing.Models;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warning a checkpoint carries when it learned from digits prepared another way. */
class CheckpointTest {

    @TempDir
    Path tmp;

    private final CheckpointFiles files = new CheckpointFiles();

    @Test
    void aModelPreparedAsThisVersionPreparesDigitsHasNoWarning() throws Exception {
        Path zip = Models.bundled("tutorial.zip");
        Checkpoint current = new Checkpoint(zip, files.readSidecar(zip));
        assertEquals(DigitNormalizer.VERSION, current.metadata().orElseThrow().preprocessing());
        assertTrue(current.preprocessingWarning().isEmpty());
        assertTrue(new Checkpoint(zip, Optional.empty()).preprocessingWarning().isEmpty(),
                "a zip without a sidecar has nothing to compare");
    }

    @Test
    void anOlderPreprocessingIsNamedBesideTheCurrentOne() throws Exception {
        Path zip = Models.tutorialPreparedAs(tmp, "mnist-box20-com-v1");
        String warning = new Checkpoint(zip, files.readSidecar(zip)).preprocessingWarning().orElseThrow();
        assertEquals("trained on digits prepared as 'mnist-box20-com-v1', this version prepares them as '"
                + DigitNormalizer.VERSION + "': drawings may be read less well", warning);
    }
}

package app.digitpad.personal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.data.MnistLoader;
import app.digitpad.drawing.Drawing;
import app.digitpad.drawing.Stroke;
import app.digitpad.model.Architectures;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.testing.Handwriting;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import app.digitpad.training.FineTune;
import app.digitpad.training.MnistData;
import app.digitpad.training.RunControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teaching the bundled default model one person's continental 1s (which it reads as 7s) on real MNIST:
 * the child reads the held-out ones, stays within 0.2 points on MNIST, and the parent file is untouched.
 */
class FineTunerTest {

    @TempDir
    Path tmp;

    @Test
    void theChildReadsTheHeldOutDigitsBetterAndKeepsMnist() throws Exception {
        Path parent = Files.copy(Models.bundled(), tmp.resolve("bncnn.zip"));
        Files.copy(CheckpointFiles.sidecarOf(Models.bundled()), CheckpointFiles.sidecarOf(parent));
        byte[] parentBytes = Files.readAllBytes(parent);
        PersonalSet set = new PersonalSet(tmp.resolve("personal"));
        Handwriting hand = new Handwriting(11);
        for (int i = 0; i < 10; i++) {
            save(set, 1, hand.continentalOne());
            save(set, 7, hand.crossedSeven());
        }
        PersonalData personal = PersonalData.open(set.folder());
        assertEquals(4, personal.split().heldOut().size(), "two of each ten held out");

        FineTuner.Result r = new FineTuner(Architectures.standard(), new CheckpointLoader(), "test").run(
                new FineTuner.Request(parent, personal, new MnistData(new MnistLoader(TestData.mnistDir())),
                        ONE_EPOCH, 1, resume -> RunFolder.prepare(tmp.resolve("child"), null, false), 0),
                e -> { }, RunControl.none());

        assertTrue(r.parent().personalHeldOut() < 1, "the parent misreads some held-out 1s: " + r.parent());
        assertTrue(r.misreadHeldOut() > 0, "the held-out digits include the parent's misreads");
        assertEquals(0.0, r.parent().misreadHeldOut());
        assertTrue(r.child().misreadHeldOut() > 0, "the child reads some the parent misread: " + r.child());
        assertTrue(r.child().personalHeldOut() > r.parent().personalHeldOut(), r.parent() + " -> " + r.child());
        assertEquals(10_000, r.testImages());
        assertTrue(r.child().mnistTest() >= r.parent().mnistTest() - 0.002, r.parent() + " -> " + r.child());
        CheckpointMetadata child = new CheckpointFiles().readSidecar(r.childFile()).orElseThrow();
        assertEquals("bncnn.zip", child.lineage().parent());
        assertEquals(Integer.valueOf(16), child.lineage().personalImages());
        assertEquals(10_000, child.metrics().testImages());
        assertEquals(r.child().mnistTest(), child.metrics().testAccuracy(), 1e-9);
        assertEquals(24 + ONE_EPOCH.epochs(), child.epoch());
        assertTrue(java.util.Arrays.equals(parentBytes, Files.readAllBytes(parent)), "the parent file is never touched");
    }

    /** Ctrl+C (or Stop) while parent and child are measured ends the run at once and keeps the child written. */
    @Test
    void stoppedWhileMeasuringKeepsTheChildWithoutScores() throws Exception {
        Path parent = tutorialCopy();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        FineTuner.Result r = new FineTuner(Architectures.standard(), new CheckpointLoader(), "test").run(
                new FineTuner.Request(parent, ones(), new MnistData(new MnistLoader(TestData.mnistDir())), QUICK, 1,
                        resume -> RunFolder.prepare(tmp.resolve("child"), null, false), 0),
                e -> stop.compareAndSet(false, e instanceof app.digitpad.training.TrainingEvent.CheckpointSaved),
                stop::get);
        assertTrue(Files.isRegularFile(r.childFile()), "the child already written stays: " + r.childFile());
        assertTrue(!r.measured() && r.child() == null && r.parent() == null, "no scores: " + r);
        assertTrue(!r.outcome().result().stopped(), "the training itself finished");
    }

    /** A Keras import is taught like a checkpoint; its child is a DigitPad zip that names the file it came from. */
    @Test
    void aKerasImportIsFineTunedIntoACheckpointNamingItsOrigin() throws Exception {
        Path keras = Files.copy(Path.of("src/test/resources/app/digitpad/model/imports/tutorial-keras2.h5"),
                tmp.resolve("mnist.h5"));
        byte[] before = Files.readAllBytes(keras);
        FineTuner.Result r = new FineTuner(Architectures.standard(), new CheckpointLoader(), "test").run(
                new FineTuner.Request(keras, ones(), new MnistData(new MnistLoader(
                        TestData.withFirstTestDigits(tmp.resolve("mnist-1000"), 1_000))), QUICK, 1,
                        resume -> RunFolder.prepare(tmp.resolve("child"), null, false), 0), e -> { }, RunControl.none());
        Checkpoint.Loaded child = new CheckpointLoader().load(r.childFile(), false);
        CheckpointMetadata meta = child.checkpoint().metadata().orElseThrow();
        assertEquals(new CheckpointMetadata.Lineage("mnist.h5", 6 - r.heldOut(), "Keras 2"), meta.lineage());
        assertEquals("keras-import", meta.architecture());
        assertEquals(93_322, child.network().parameterCount());
        assertTrue(r.measured() && r.parent().mnistTest() > 0.9, "the parent was measured: " + r.parent());
        assertArrayEquals(before, Files.readAllBytes(keras), "the Keras file is only read");
    }

    @Test
    void anOnnxModelIsNotTaughtAndSaysWhy() throws Exception {
        Path onnx = Path.of("src/test/resources/app/digitpad/model/imports/tutorial.onnx");
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> new FineTuner(Architectures.standard(),
                new CheckpointLoader(), "test").run(new FineTuner.Request(onnx, ones(),
                new MnistData(new MnistLoader(TestData.mnistDir())), QUICK, 1,
                resume -> RunFolder.prepare(tmp.resolve("child"), null, false), 0), ev -> { }, RunControl.none()));
        assertTrue(e.getMessage().contains("tutorial.onnx is an ONNX graph"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("child")));
    }

    /** A fine-tune that fails before its first checkpoint (no MNIST) leaves no empty run folder behind. */
    @Test
    void aFailedFineTuneLeavesNoFolder() throws Exception {
        Path parent = tutorialCopy();
        Path out = tmp.resolve("child");
        Path noMnist = Files.createDirectories(tmp.resolve("no-mnist"));
        assertThrows(java.io.IOException.class, () -> new FineTuner(Architectures.standard(), new CheckpointLoader(),
                "test").run(new FineTuner.Request(parent, ones(), new MnistData(new MnistLoader(noMnist)), QUICK, 1,
                        resume -> RunFolder.prepare(out, null, false), 0), e -> { }, RunControl.none()));
        assertFalse(Files.exists(out), "the run folder it made is gone");
        assertTrue(Files.isDirectory(noMnist), "a folder it did not make stays");
    }

    /** The standard recipe's replay, digits and batch for one epoch instead of two: a child that learnt, in half the time. */
    private static final FineTune ONE_EPOCH = new FineTune(1, FineTune.standard().replayImages(),
            FineTune.standard().personalPerEpoch(), FineTune.standard().batchSize(), FineTune.standard().epochTestImages());

    /** One short epoch on little replay: enough to write a child quickly. */
    private static final FineTune QUICK = new FineTune(1, 200, 50, 32, 200);

    private Path tutorialCopy() throws Exception {
        Path parent = Files.copy(Models.bundled("tutorial.zip"), tmp.resolve("tutorial.zip"));
        Files.copy(CheckpointFiles.sidecarOf(Models.bundled("tutorial.zip")), CheckpointFiles.sidecarOf(parent));
        return parent;
    }

    private PersonalData ones() throws Exception {
        PersonalSet set = new PersonalSet(tmp.resolve("personal"));
        Handwriting hand = new Handwriting(3);
        for (int i = 0; i < 6; i++) {
            save(set, 1, hand.continentalOne());
        }
        return PersonalData.open(set.folder());
    }

    private static void save(PersonalSet set, int label, List<Stroke> strokes) throws Exception {
        set.add(label, strokes, DigitNormalizer.normalize(new Drawing(strokes).ink()).orElseThrow(), "bncnn.zip",
                null, null);
    }
}

package app.digitpad.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointException;
import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.model.Architectures;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one training run both fronts use, on real MNIST: what it refuses, and in which order. */
class TrainingJobTest {

    @TempDir
    Path tmp;

    private final TrainingJob job = new TrainingJob(Architectures.standard(), new CheckpointLoader(), "test");

    /** Real MNIST, counting how often the job asked for the files to be read. */
    private static final class CountingData implements TrainingData {
        private final MnistData mnist = new MnistData(new MnistLoader(TestData.mnistDir()));
        int reads;

        @Override
        public String name() {
            return mnist.name();
        }

        @Override
        public void check() throws IOException {
            reads++;
            mnist.check();
        }

        @Override
        public MnistSet train(Integer limit, Progress progress) throws IOException {
            return mnist.train(limit, progress);
        }

        @Override
        public MnistSet test(Integer limit, Progress progress) throws IOException {
            return mnist.test(limit, progress);
        }
    }

    private static TrainingConfig config(int epochs) {
        return new TrainingConfig("tutorial", epochs, 64, 1e-3, 7, 1_000, 500, 1, 3, Augmentation.NONE);
    }

    private TrainingJob.Request request(int epochs, CountingData data, Path resume, Path out) {
        return new TrainingJob.Request(config(epochs), data, resume, r -> RunFolder.prepare(out, r, false), false);
    }

    @Test
    void aRunTrainsOnlyTheImagesItUsesAndReportsItsFolderFirst() throws Exception {
        List<TrainingEvent> events = new ArrayList<>();
        Path out = tmp.resolve("run");
        TrainingJob.Outcome outcome = job.run(request(1, new CountingData(), null, out), events::add, RunControl.none());
        assertEquals(new TrainingEvent.Started(out.toAbsolutePath()), events.get(0));
        assertEquals(1_000, meta(outcome.result().checkpoints().get(0)).training().trainImages());
        assertEquals("MNIST", meta(outcome.result().checkpoints().get(0)).training().dataset());
        assertEquals(500, outcome.test().size());
        assertTrue(outcome.analysis().isEmpty(), "not asked for");
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedBeforeReadingAnyData() throws Exception {
        Path out = tmp.resolve("run");
        job.run(request(1, new CountingData(), null, out), e -> { }, RunControl.none());
        Path first = out.resolve("tutorial-epoch-001.zip");
        byte[] before = Files.readAllBytes(first);

        CountingData data = new CountingData();
        IOException e = assertThrows(IOException.class,
                () -> job.run(request(1, data, null, out), ev -> { }, RunControl.none()));
        assertTrue(e.getMessage().contains("already holds an earlier run"), e.getMessage());
        assertEquals(0, data.reads);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first)), "the first run's checkpoint is untouched");
    }

    @Test
    void aMissingResumeFileOrAFinishedCheckpointIsReportedBeforeReadingAnyData() throws Exception {
        CountingData data = new CountingData();
        CheckpointException missing = assertThrows(CheckpointException.class, () -> job.run(
                request(2, data, tmp.resolve("nope.zip"), tmp.resolve("a")), e -> { }, RunControl.none()));
        assertTrue(missing.getMessage().contains("nope.zip"), missing.getMessage());

        Path out = tmp.resolve("run");
        job.run(request(1, new CountingData(), null, out), e -> { }, RunControl.none());
        TrainingJob.AlreadyTrainedException done = assertThrows(TrainingJob.AlreadyTrainedException.class, () -> job.run(
                request(1, data, out.resolve("tutorial-epoch-001.zip"), out), e -> { }, RunControl.none()));
        assertTrue(done.getMessage().startsWith("tutorial-epoch-001.zip already has 1 epoch(s)"), done.getMessage());
        assertEquals(0, data.reads);
    }

    @Test
    void aStopBeforeTheFirstStepEndsTheRunWithoutACheckpoint() throws Exception {
        Path out = tmp.resolve("run");
        TrainingJob.Outcome outcome = job.run(request(1, new CountingData(), null, out), e -> { }, () -> true);
        assertTrue(outcome.result().stopped());
        assertEquals(0, outcome.result().lastEpoch());
        assertFalse(Files.exists(out), "the folder the run made and left empty is removed");
    }

    private static CheckpointMetadata meta(Path zip) throws IOException {
        return new CheckpointFiles().readSidecar(zip).orElseThrow();
    }
}

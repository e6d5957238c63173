package app.digitpad.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.data.MnistSet;
import app.digitpad.model.Architectures;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.MnistPreprocessor;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real training on real MNIST subsets: small enough for CI, large enough to show learning. */
class TrainerTest {

    private static MnistSet train;
    private static MnistSet test;

    @TempDir
    Path out;

    private final Trainer trainer = new Trainer(Architectures.standard(), "test");

    @BeforeAll
    static void load() {
        train = MnistPreprocessor.apply(TestData.train().limit(5_000));
        test = MnistPreprocessor.apply(TestData.test().limit(2_000));
    }

    private static TrainingConfig config(int epochs) {
        return new TrainingConfig("tutorial", epochs, 64, 1e-3, 42, 5_000, 2_000, 1, 3, Augmentation.NONE);
    }

    /** Resuming is about epochs and sidecars, not how much is learned: a fifth of the images suffices. */
    private static final int SMALL_TRAIN = 1_000;
    private static final int SMALL_TEST = 500;

    private static TrainingConfig small(int epochs) {
        return new TrainingConfig("tutorial", epochs, 64, 1e-3, 42, SMALL_TRAIN, SMALL_TEST, 1, 3, Augmentation.NONE);
    }

    @Test
    void oneEpochOnFiveThousandImagesLearnsAndCheckpoints() throws Exception {
        List<TrainingEvent> events = new ArrayList<>();
        TrainingResult result = trainer.train(config(1), trainer.fresh(config(1)), train, test,
                new CheckpointStore(out, 3), events::add, RunControl.none());

        long iterations = events.stream().filter(e -> e instanceof TrainingEvent.Iteration).count();
        assertEquals(79, iterations, "ceil(5000 / 64) steps");
        EpochMetrics m = result.epochs().get(0);
        assertTrue(m.testAccuracy() > 0.85, "test accuracy after one small epoch: " + m.testAccuracy());
        assertTrue(m.trainLoss() > 0 && m.testLoss() > 0 && m.imagesPerSecond() > 0);
        assertEquals(List.of(out.resolve("tutorial-epoch-001.zip")), result.checkpoints());
        CheckpointMetadata meta = new CheckpointLoader().load(result.checkpoints().get(0), true)
                .checkpoint().metadata().orElseThrow();
        assertEquals(1, meta.epoch());
        assertEquals(m.testAccuracy(), meta.metrics().testAccuracy());
        assertEquals(5_000, meta.training().trainImages());
        assertTrue(events.get(events.size() - 1) instanceof TrainingEvent.CheckpointSaved);
    }

    @Test
    void anAugmentedRunRecordsItsAugmentationAndTrainingTimeInTheSidecar() throws Exception {
        TrainingConfig augmented = config(1).withAugmentation(Augmentation.standard());
        TrainingResult result = trainer.train(augmented, trainer.fresh(augmented), train, test,
                new CheckpointStore(out, 3), e -> { }, RunControl.none());
        CheckpointMetadata meta = new CheckpointLoader().load(result.checkpoints().get(0), true)
                .checkpoint().metadata().orElseThrow();
        assertEquals(Augmentation.standard(), meta.training().augmentation());
        assertEquals(result.epochs().get(0).seconds(), meta.training().trainingSeconds(), 1e-9);
        assertTrue(result.epochs().get(0).testAccuracy() > 0.8, "still learns: " + result.epochs().get(0).testAccuracy());
    }

    @Test
    void resumedRunContinuesFromItsEpoch() throws Exception {
        MnistSet fewTrain = train.limit(SMALL_TRAIN);
        MnistSet fewTest = test.limit(SMALL_TEST);
        TrainingResult first = trainer.train(small(1), trainer.fresh(small(1)), fewTrain, fewTest,
                new CheckpointStore(out, 3), e -> { }, RunControl.none());
        Trainer.Start resumed = trainer.resume(new CheckpointLoader().load(first.checkpoints().get(0), true), small(2));
        assertEquals(1, resumed.epochsDone());

        List<Integer> epochsSeen = new ArrayList<>();
        TrainingResult second = trainer.train(small(2), resumed, fewTrain, fewTest, new CheckpointStore(out, 3),
                e -> { if (e instanceof TrainingEvent.Epoch ep) { epochsSeen.add(ep.metrics().epoch()); } },
                RunControl.none());
        assertEquals(List.of(2), epochsSeen);
        double bothEpochs = first.epochs().get(0).seconds() + second.epochs().get(0).seconds();
        assertEquals(bothEpochs, new CheckpointLoader().load(second.checkpoints().get(0), true).checkpoint()
                .metadata().orElseThrow().training().trainingSeconds(), 1e-9, "training time adds up over a resume");
        assertEquals(out.resolve("tutorial-epoch-002.zip"), second.checkpoints().get(0));
        assertTrue(second.epochs().get(0).trainLoss() < first.epochs().get(0).trainLoss());
    }

    @Test
    void stopMidEpochLeavesNoCheckpointOfThatEpoch() throws Exception {
        AtomicInteger steps = new AtomicInteger();
        TrainingResult result = trainer.train(config(1), trainer.fresh(config(1)), train, test,
                new CheckpointStore(out, 3), e -> { if (e instanceof TrainingEvent.Iteration) { steps.incrementAndGet(); } },
                () -> steps.get() >= 10);
        assertTrue(result.stopped());
        assertEquals(0, result.lastEpoch());
        assertEquals(10, steps.get());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void nanLossStopsWithAClearMessageAndWritesNothing() throws Exception {
        Trainer.Start start = trainer.fresh(config(1));
        start.network().dl4jNetwork().params().assign(Double.NaN);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> trainer.train(config(1),
                start, train, test, new CheckpointStore(out, 3), ev -> { }, RunControl.none()));
        assertTrue(e.getMessage().contains("loss became NaN at epoch 1, iteration 1"), e.getMessage());
        assertTrue(e.getMessage().contains("lower learning rate"), e.getMessage());
        try (Stream<Path> files = Files.list(out)) {
            assertFalse(files.findAny().isPresent());
        }
    }

    @Test
    void resumingAnotherArchitectureIsRefused() throws Exception {
        TrainingConfig other = new TrainingConfig("bigger", 2, 64, 1e-3, 42, null, null, 1, 3, Augmentation.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer.resume(new CheckpointLoader().load(Models.bundled("tutorial.zip"), true), other));
        assertTrue(e.getMessage().contains("architecture 'tutorial'"), e.getMessage());
    }
}

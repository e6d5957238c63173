package app.digitpad.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Architectures;
import app.digitpad.model.Network;
import app.digitpad.preprocess.MnistPreprocessor;
import app.digitpad.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The one training loop on a real network and real MNIST digits: its hooks, stopping and ending early. */
class FitLoopTest {

    private static final int BATCH = 32;
    private static final int STEPS = 6;
    private static INDArray features;
    private static INDArray labels;

    @BeforeAll
    static void data() {
        MnistSet few = MnistPreprocessor.apply(TestData.train().limit(BATCH * STEPS));
        features = Tensors.features(few);
        labels = Tensors.oneHotLabels(few);
    }

    /** The same {@link #STEPS} batches every epoch (copies: the loop frees what it is given). */
    private static FitLoop.Epoch batches(int epoch) {
        return new FitLoop.Epoch() {
            private int step;

            @Override
            public int steps() {
                return STEPS;
            }

            @Override
            public INDArray[] next() {
                long from = (long) step++ * BATCH;
                return new INDArray[] {features.get(NDArrayIndex.interval(from, from + BATCH)).dup(),
                        labels.get(NDArrayIndex.interval(from, from + BATCH)).dup()};
            }
        };
    }

    private static Network network() {
        return Architectures.standard().build("tutorial", 7, 1e-3);
    }

    @Test
    void everyStepIsReportedAndEveryEpochEndsWithTheNetworksEpochCountAdvanced() throws Exception {
        Network net = network();
        List<TrainingEvent> events = new ArrayList<>();
        List<FitLoop.EpochEnd> ends = new ArrayList<>();
        FitLoop.Outcome outcome = FitLoop.run(net, 1, 2, FitLoopTest::batches, RunControl.none(),
                List.of(FitLoop.stopOnNaN(1e-3), FitLoop.progress(2, events::add), FitLoop.eachEpoch(ends::add)));
        assertEquals(new FitLoop.Outcome(false, 2), outcome);
        assertEquals(2 * STEPS, events.size());
        assertEquals(new TrainingEvent.Iteration(2, STEPS, STEPS, 2, ((TrainingEvent.Iteration) events.get(11)).loss(),
                ((TrainingEvent.Iteration) events.get(11)).imagesPerSecond()), events.get(11));
        assertEquals(List.of(1, 2), ends.stream().map(FitLoop.EpochEnd::epoch).toList());
        assertEquals(BATCH * STEPS, ends.get(0).images());
        assertTrue(ends.get(1).meanLoss() < ends.get(0).meanLoss(), "it learns: " + ends);
        assertEquals(2, net.epochCount());
    }

    @Test
    void aStopBetweenStepsDropsTheEpochUnderWayAndItsHooks() throws Exception {
        AtomicInteger steps = new AtomicInteger();
        List<FitLoop.EpochEnd> ends = new ArrayList<>();
        FitLoop.Outcome outcome = FitLoop.run(network(), 1, 3, FitLoopTest::batches, () -> steps.get() >= STEPS + 2,
                List.of(FitLoop.progress(3, e -> steps.incrementAndGet()), FitLoop.eachEpoch(ends::add)));
        assertEquals(new FitLoop.Outcome(true, 1), outcome);
        assertEquals(STEPS + 2, steps.get(), "two steps of epoch 2, then the stop");
        assertEquals(1, ends.size());
    }

    @Test
    void aHookThatSaysEnoughEndsTheRunAfterThatEpoch() throws Exception {
        FitLoop.Outcome outcome = FitLoop.run(network(), 4, 9, FitLoopTest::batches, RunControl.none(),
                List.of(new FitLoop.Callback() {
                    @Override
                    public boolean epochDone(Network network, FitLoop.EpochEnd e) {
                        return e.epoch() < 5;
                    }
                }));
        assertFalse(outcome.stopped());
        assertEquals(5, outcome.lastEpoch(), "epochs count on from where the run resumed");
    }

    @Test
    void earlyStoppingWaitsPatienceEpochsWithoutABetterLoss() throws Exception {
        FitLoop.Callback early = FitLoop.earlyStopping(2);
        double[] losses = {0.9, 0.5, 0.6, 0.4, 0.45, 0.41};
        List<Boolean> goOn = new ArrayList<>();
        for (int i = 0; i < losses.length; i++) {
            goOn.add(early.epochDone(null, new FitLoop.EpochEnd(i + 1, losses[i], 1, 100)));
        }
        assertEquals(List.of(true, true, true, true, true, false), goOn);
    }
}

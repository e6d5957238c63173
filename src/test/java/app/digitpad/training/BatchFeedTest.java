package app.digitpad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.MnistPreprocessor;
import app.digitpad.testing.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The prefetching feed over real MNIST: every image once per epoch, and the same batches for the same seed. */
class BatchFeedTest {

    private static MnistSet set;

    @BeforeAll
    static void load() {
        set = MnistPreprocessor.apply(TestData.train().limit(1_000));
    }

    @Test
    void anEpochHoldsEveryImageOnceInBatchesOfTheGivenSize() throws Exception {
        List<float[]> batches = epoch(64, 1, Augmentation.NONE);
        assertEquals(16, batches.size(), "ceil(1000 / 64)");
        int[] counts = new int[10];
        int images = 0;
        for (int b = 0; b < batches.size(); b++) {
            float[] labels = batches.get(b);
            images += labels.length / 10;
            for (int i = 0; i < labels.length; i++) {
                counts[i % 10] += (int) labels[i];
            }
        }
        assertEquals(1_000, images);
        int[] expected = new int[10];
        for (int i = 0; i < set.size(); i++) {
            expected[set.label(i)]++;
        }
        assertArrayEquals(expected, counts);
    }

    @Test
    void theSameSeedAndEpochGiveTheSameBatchesAndAnotherEpochAnotherOrder() throws Exception {
        assertBatchesEqual(features(7, 3, Augmentation.standard()), features(7, 3, Augmentation.standard()));
        float[] epoch3 = features(7, 3, Augmentation.NONE).get(0);
        float[] epoch4 = features(7, 4, Augmentation.NONE).get(0);
        assertNotEquals(Arrays.hashCode(epoch3), Arrays.hashCode(epoch4));
        float[] augmented = features(7, 3, Augmentation.standard()).get(0);
        assertNotEquals(Arrays.hashCode(epoch3), Arrays.hashCode(augmented));
    }

    private static void assertBatchesEqual(List<float[]> a, List<float[]> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), "batch " + i);
        }
    }

    private static List<float[]> epoch(int batchSize, int epoch, Augmentation augmentation) throws Exception {
        List<float[]> labels = new ArrayList<>();
        try (BatchFeed feed = new BatchFeed(set, batchSize, 1, epoch, augmentation)) {
            for (int s = 0; s < feed.steps(); s++) {
                labels.add(feed.next()[1].ravel().toFloatVector());
            }
        }
        return labels;
    }

    private static List<float[]> features(long seed, int epoch, Augmentation augmentation) throws Exception {
        List<float[]> out = new ArrayList<>();
        try (BatchFeed feed = new BatchFeed(set, 100, seed, epoch, augmentation)) {
            for (int s = 0; s < feed.steps(); s++) {
                INDArray x = feed.next()[0];
                assertEquals(4, x.rank());
                out.add(x.ravel().toFloatVector());
            }
        }
        return out;
    }
}

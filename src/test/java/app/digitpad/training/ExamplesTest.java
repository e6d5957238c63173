package app.digitpad.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.digitpad.model.Forward;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The shuffled examples a helper network trains on: every example once per epoch with its own answer, in an
 * order that depends on the seed and changes from epoch to epoch, the last batch short.
 */
class ExamplesTest {

    private static final int COUNT = 70;
    private static final int PIXELS = 28 * 28;

    /** Example i has every pixel equal to i and the answer i % 2. */
    private static Examples.Shuffled examples() {
        return examples(null);
    }

    private static Examples.Shuffled examples(int[] positions) {
        float[] x = new float[COUNT * PIXELS];
        int[] answers = new int[COUNT];
        for (int i = 0; i < COUNT; i++) {
            Arrays.fill(x, i * PIXELS, (i + 1) * PIXELS, i);
            answers[i] = i % 2;
        }
        Examples.Batch batch = new Examples.Batch(x, answers);
        return positions == null ? new Examples.Shuffled(batch, Forward.DIGIT, 2)
                : new Examples.Shuffled(batch, positions, Forward.DIGIT, 2);
    }

    /** The examples of one epoch in the order given, checking each one's pixels and answer agree. */
    private static List<Integer> order(FitLoop.Epoch epoch) throws InterruptedException {
        List<Integer> seen = new ArrayList<>();
        for (int step = 0; step < epoch.steps(); step++) {
            INDArray[] batch = epoch.next();
            try {
                for (int row = 0; row < batch[0].size(0); row++) {
                    int example = Math.round(batch[0].getFloat(row, 0, 5, 5));
                    assertEquals(example % 2, batch[1].getFloat(row, 1), 0f, "answer of example " + example);
                    assertEquals(1f - example % 2, batch[1].getFloat(row, 0), 0f);
                    seen.add(example);
                }
            } finally {
                batch[0].close();
                batch[1].close();
            }
        }
        return seen;
    }

    @Test
    void everyExampleComesOncePerEpochInAnOrderOfTheSeed() throws Exception {
        Examples.Shuffled a = examples();
        Examples.Shuffled b = examples();

        FitLoop.Epoch first = a.epoch(1, 32);
        assertEquals(3, first.steps());
        List<Integer> one = order(first);
        List<Integer> again = order(b.epoch(1, 32));
        List<Integer> two = order(a.epoch(2, 32));

        assertEquals(one, again);
        assertFalse(one.equals(two), "the second epoch is shuffled again");
        for (List<Integer> epoch : List.of(one, two)) {
            assertArrayEquals(java.util.stream.IntStream.range(0, COUNT).toArray(),
                    epoch.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        assertFalse(one.equals(java.util.stream.IntStream.range(0, COUNT).boxed().toList()), "not in stored order");
    }

    @Test
    void chosenPositionsAreTheOnlyExamplesSeen() throws Exception {
        int[] positions = {3, 4, 10, 11, 12, 40, 69};
        List<Integer> seen = order(examples(positions).epoch(5, 4));
        assertArrayEquals(positions, seen.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
}

package app.digitpad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several networks run at once (on the pool, which the tests' one-core JVMs would not use by themselves) answer as
 * each does alone, whoever calls, and a failure reaches the caller.
 */
class EachNetworkTest {

    private static final SmallNetworks.Shape JUDGE = new SmallNetworks.Shape(28, 2, 20, 40, 64, 11);

    private static List<Network> judges() throws Exception {
        List<Network> out = new ArrayList<>();
        out.add(SmallNetworks.read(Models.bundled("touching-digits.judge"), JUDGE));
        for (int k = 2; k <= 5; k++) {
            out.add(SmallNetworks.read(Models.bundled("touching-digits-" + k + ".judge"), JUDGE));
        }
        return out;
    }

    /** Two test digits side by side as a judge's two channels, {@code count} of them. */
    private static float[] views(int count) {
        return TestData.test().inputs(0, 2 * count);
    }

    @Test
    void eachNetworkAnswersExactlyAsItDoesAloneAtEveryBatchSize() throws Exception {
        List<Network> judges = judges();
        for (int count : new int[] {1, 4, Forward.SMALL + 1, Forward.CHUNK + 3}) {
            float[] x = views(count);
            List<float[][]> together = EachNetwork.outputs(judges, x, count, true);
            assertEquals(judges.size(), together.size());
            for (int k = 0; k < judges.size(); k++) {
                float[][] alone = judges.get(k).outputs(x, count);
                for (int i = 0; i < count; i++) {
                    assertArrayEquals(alone[i], together.get(k)[i], 0f, "network " + k + ", input " + i + " of " + count);
                }
            }
        }
    }

    @Test
    void callersOnSeveralThreadsEachGetTheirOwnAnswers() throws Exception {
        List<List<Network>> sets = List.of(judges(), judges(), judges());
        ExecutorService callers = Executors.newFixedThreadPool(sets.size());
        try {
            List<Future<List<float[][]>>> answers = new ArrayList<>();
            for (int c = 0; c < sets.size(); c++) {
                List<Network> mine = sets.get(c);
                int count = 5 + 7 * c;
                answers.add(callers.submit(() -> EachNetwork.outputs(mine, views(count), count, true)));
            }
            for (int c = 0; c < sets.size(); c++) {
                int count = 5 + 7 * c;
                List<float[][]> got = answers.get(c).get();
                float[][] first = sets.get(c).get(0).outputs(views(count), count);
                assertEquals(count, got.get(0).length);
                assertArrayEquals(first[count - 1], got.get(0)[count - 1], 0f, "caller " + c);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aNetworkThatFailsFailsTheCallAfterTheOthersFinish() throws Exception {
        List<Network> judges = new ArrayList<>(judges());
        judges.add(SmallNetworks.create(new SmallNetworks.Shape(28, 1, 4, 4, 8, 2), 1, 1e-3));
        float[] x = views(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EachNetwork.outputs(judges, x, 3, true));
        assertTrue(e.getMessage().contains("values"), e.getMessage());
        assertEquals(3, EachNetwork.outputs(judges.subList(0, 5), x, 3, true).get(4).length, "the pool still answers");
    }
}

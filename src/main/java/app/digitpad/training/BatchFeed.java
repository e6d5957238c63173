package app.digitpad.training;

import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.Augmentation;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One epoch's mini-batches, shuffled and augmented on a thread of their own while the network trains on
 * the previous ones, so augmentation costs the training loop almost nothing. The order and every random
 * change follow from (seed, epoch, step) alone, never from thread timing: a run is reproducible.
 */
final class BatchFeed implements FitLoop.Epoch {

    /** Batches prepared ahead: enough to hide a slow one, few enough to hold little memory. */
    private static final int AHEAD = 3;

    /** A prepared batch; {@code error} is set instead when preparing failed. */
    private record Batch(INDArray features, INDArray labels, RuntimeException error) {
    }

    private final MnistSet set;
    private final int batchSize;
    private final long seed;
    private final int epoch;
    private final Augmentation augmentation;
    private final int[] order;
    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(AHEAD);
    private final Thread producer;

    BatchFeed(MnistSet set, int batchSize, long seed, int epoch, Augmentation augmentation) {
        this.set = set;
        this.batchSize = batchSize;
        this.seed = seed;
        this.epoch = epoch;
        this.augmentation = augmentation;
        this.order = shuffled(set.size(), new Random(seed * 1_000_003L + epoch));
        this.producer = new Thread(this::produce, "digitpad-batches-epoch-" + epoch);
        producer.setDaemon(true);
        producer.start();
    }

    @Override
    public int steps() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** The next batch as {features [n,1,28,28], labels [n,10]}; waits while it is being prepared. */
    @Override
    public INDArray[] next() throws InterruptedException {
        Batch b = ready.take();
        if (b.error() != null) {
            throw b.error();
        }
        return new INDArray[] {b.features(), b.labels()};
    }

    @Override
    public void close() {
        producer.interrupt();
    }

    private void produce() {
        try {
            for (int step = 0; step < steps(); step++) {
                ready.put(build(step));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                ready.put(new Batch(null, null, e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Batch build(int step) {
        int from = step * batchSize;
        int n = Math.min(batchSize, order.length - from);
        SplittableRandom random = new SplittableRandom(seed ^ (epoch * 0x9E3779B97F4A7C15L) ^ (step * 0xC2B2AE3D27D4EB4FL));
        float[] features = new float[n * MnistSet.PIXELS];
        float[] labels = new float[n * MnistSet.CLASSES];
        for (int i = 0; i < n; i++) {
            int index = order[from + i];
            float[] image = set.image(index);
            if (augmentation.enabled()) {
                image = augmentation.apply(image, random);
            }
            System.arraycopy(image, 0, features, i * MnistSet.PIXELS, MnistSet.PIXELS);
            labels[i * MnistSet.CLASSES + set.label(index)] = 1f;
        }
        return new Batch(Nd4j.create(features, new long[] {n, 1, MnistSet.SIDE, MnistSet.SIDE}, 'c'),
                Nd4j.create(labels, new long[] {n, MnistSet.CLASSES}, 'c'), null);
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}

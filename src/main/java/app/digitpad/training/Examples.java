package app.digitpad.training;

import app.digitpad.model.Forward;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training examples made in Java (inputs laid end to end, answers as class numbers) turned into the
 * {@link FitLoop}'s batches, so that the features that train small helper networks (the not-a-digit gate,
 * the touching-digits judge) say what to learn without naming an ND4J type. Runs on the loop's thread.
 */
public final class Examples {

    /** {@code answers.length} inputs laid end to end and their answers (class numbers). */
    public record Batch(float[] inputs, int[] answers) {
    }

    /** Examples that can be read one at a time: from a {@link Batch}, or kept compressed ({@link ExampleStore}). */
    public interface Source {
        int size();

        int answer(int example);

        /** Copies example {@code example}'s values into {@code into} from {@code offset}. */
        void copy(int example, float[] into, int offset);
    }

    /** The examples of a batch, read in place. */
    public static Source source(Batch batch) {
        int values = batch.answers().length == 0 ? 0 : batch.inputs().length / batch.answers().length;
        return new Source() {
            @Override
            public int size() {
                return batch.answers().length;
            }

            @Override
            public int answer(int example) {
                return batch.answers()[example];
            }

            @Override
            public void copy(int example, float[] into, int offset) {
                System.arraycopy(batch.inputs(), example * values, into, offset, values);
            }
        };
    }

    private Examples() {
    }

    /** An epoch of {@code steps} batches, each made when the loop asks for it. */
    public static FitLoop.Epoch epoch(int steps, Forward.InputShape shape, int classes, IntFunction<Batch> batches) {
        return new FitLoop.Epoch() {
            private int step;

            @Override
            public int steps() {
                return steps;
            }

            @Override
            public INDArray[] next() {
                Batch b = batches.apply(step++);
                return new INDArray[] {features(b.inputs(), b.answers().length, shape), oneHot(b.answers(), classes)};
            }
        };
    }

    /**
     * Examples kept in Java (all of a batch or a {@link Source}, or those at chosen positions, without a copy),
     * their order shuffled in place before each epoch with the seed given (so an
     * epoch's order depends on every earlier epoch's seed too); each batch is made native when the loop asks
     * for it and freed by the loop after its step, so the set is never copied into native memory whole.
     */
    public static final class Shuffled {
        private final Source all;
        private final Forward.InputShape shape;
        private final int classes;
        private final int[] order;

        public Shuffled(Batch examples, Forward.InputShape shape, int classes) {
            this(source(examples), IntStream.range(0, examples.answers().length).toArray(), shape, classes);
        }

        public Shuffled(Batch examples, int[] positions, Forward.InputShape shape, int classes) {
            this(source(examples), positions, shape, classes);
        }

        /** Only the examples at {@code positions} (in that order before the first shuffle). */
        public Shuffled(Source examples, int[] positions, Forward.InputShape shape, int classes) {
            this.all = examples;
            this.shape = shape;
            this.classes = classes;
            this.order = positions.clone();
        }

        public FitLoop.Epoch epoch(long seed, int batchSize) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int steps = (order.length + batchSize - 1) / batchSize;
            return Examples.epoch(steps, shape, classes, step -> batch(step * batchSize,
                    Math.min(order.length, (step + 1) * batchSize)));
        }

        private Batch batch(int from, int to) {
            int values = shape.values();
            float[] x = new float[(to - from) * values];
            int[] answers = new int[to - from];
            for (int k = from; k < to; k++) {
                all.copy(order[k], x, (k - from) * values);
                answers[k - from] = all.answer(order[k]);
            }
            return new Batch(x, answers);
        }
    }

    private static INDArray features(float[] inputs, int n, Forward.InputShape shape) {
        return Nd4j.create(inputs, new long[] {n, shape.channels(), shape.side(), shape.side()}, 'c');
    }

    private static INDArray oneHot(int[] answers, int classes) {
        float[] y = new float[answers.length * classes];
        for (int i = 0; i < answers.length; i++) {
            y[i * classes + answers[i]] = 1;
        }
        return Nd4j.create(y, new long[] {answers.length, classes}, 'c');
    }
}

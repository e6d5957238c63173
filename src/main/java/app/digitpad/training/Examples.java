package app.digitpad.training;

import app.digitpad.model.Forward;
import java.util.Iterator;
import java.util.function.IntFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
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
     * All examples in one native array, shuffled in place before each epoch with the seed given (so an epoch's
     * order depends on every earlier epoch's seed too), then cut in batches.
     */
    public static final class Shuffled {
        private final DataSet all;

        public Shuffled(Batch examples, Forward.InputShape shape, int classes) {
            int n = examples.answers().length;
            all = new DataSet(features(examples.inputs(), n, shape), oneHot(examples.answers(), classes));
        }

        public FitLoop.Epoch epoch(long seed, int batchSize) {
            all.shuffle(seed);
            Iterator<DataSet> batches = all.batchBy(batchSize).iterator();
            int steps = (all.numExamples() + batchSize - 1) / batchSize;
            return new FitLoop.Epoch() {
                @Override
                public int steps() {
                    return steps;
                }

                @Override
                public INDArray[] next() {
                    DataSet b = batches.next();
                    return new INDArray[] {b.getFeatures(), b.getLabels()};
                }
            };
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

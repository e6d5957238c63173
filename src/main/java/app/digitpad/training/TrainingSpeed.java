package app.digitpad.training;

import app.digitpad.data.MnistSet;
import app.digitpad.model.Forward;
import app.digitpad.model.Network;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Raw training speed for {@code digitpad bench}: gradient steps on fixed, unaugmented batches of the
 * training set, so the figure is DL4J's step and nothing around it (no augmentation, no measuring), the
 * number to set beside PyTorch's for the same network. Holds the set as native tensors until closed; the
 * calling thread only.
 */
public final class TrainingSpeed implements AutoCloseable {

    private final INDArray x;
    private final INDArray y;

    public TrainingSpeed(MnistSet train) {
        x = Tensors.features(train);
        y = Tensors.oneHotLabels(train);
    }

    /** Images per second over {@code timed} steps of {@code batch} images after {@code warmup} untimed ones. */
    public double imagesPerSecond(Network network, int batch, int warmup, int timed) {
        MultiLayerNetwork net = network.dl4jNetwork();
        int perEpoch = (int) (x.size(0) / batch);
        long began = 0;
        for (int i = 0; i < warmup + timed; i++) {
            if (i == warmup) {
                began = System.nanoTime();
            }
            int from = (i % perEpoch) * batch;
            net.fit(Tensors.rows(x, from, from + batch), Tensors.rows(y, from, from + batch));
        }
        return (double) timed * batch / ((System.nanoTime() - began) / 1e9);
    }

    /** Steps per epoch at this batch size. */
    public int stepsPerEpoch(int batch) {
        return (int) (x.size(0) / batch);
    }

    @Override
    public void close() {
        Forward.free(x);
        Forward.free(y);
    }
}

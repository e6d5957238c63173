package app.digitpad.inference;

import app.digitpad.model.Backend;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Answers single images with its own copy of a network: DL4J networks are not thread-safe, and the
 * trainer keeps changing its own, so the predictor clones at construction and serialises its calls.
 * A prediction runs on its caller's thread alone: one image is too little work to share between cores,
 * and waiting for a busy second core is what made the slowest predictions slow (BENCHMARKS.md).
 */
public final class Predictor {

    /**
     * The answer is written into this reused workspace and copied out, so a prediction leaves no native
     * array behind for the garbage collector: ND4J frees native memory only when the Java object is
     * collected, and a drawing pad makes thousands of predictions between collections.
     */
    private static final WorkspaceConfiguration OUTPUT_WORKSPACE = WorkspaceConfiguration.builder()
            .initialSize(0)
            .overallocationLimit(0.2)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();

    private final MultiLayerNetwork network;
    private final String name;
    private final String workspaceId = "digitpad-predict-" + System.identityHashCode(this);

    public Predictor(MultiLayerNetwork source, String name) {
        this.network = source.clone();
        this.name = name;
    }

    /** A copy of the network, for a user that needs its own (DL4J networks are not thread-safe). */
    public synchronized MultiLayerNetwork copyOfNetwork() {
        return network.clone();
    }

    /** A label for the model in use (file or architecture), for status bars and output. */
    public String name() {
        return name;
    }

    /** Probabilities for an already normalized 28x28 input (row-major, 0..1). */
    public synchronized Prediction predict(float[] input28) {
        if (input28.length != DigitNormalizer.SIDE * DigitNormalizer.SIDE) {
            throw new IllegalArgumentException("expected 784 values, got " + input28.length);
        }
        try (Backend.SingleThreaded one = Backend.singleThreaded();
             MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(OUTPUT_WORKSPACE, workspaceId)) {
            INDArray x = Nd4j.create(input28, new long[] {1, 1, DigitNormalizer.SIDE, DigitNormalizer.SIDE}, 'c');
            return Prediction.of(network.output(x, false, null, null, ws).toFloatVector());
        }
    }

    /** Normalizes any ink image (canvas or file) and predicts; empty when there is no ink. */
    public Optional<Prediction> predict(GrayImage image) {
        return DigitNormalizer.normalize(image).map(this::predict);
    }
}

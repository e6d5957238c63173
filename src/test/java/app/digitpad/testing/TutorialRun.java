package app.digitpad.testing;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.model.Architectures;
import app.digitpad.model.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run folder as training leaves it, made in a moment: epoch 1 an untrained tutorial network, the later
 * epochs the bundled (trained) tutorial model, each with its sidecar. For the learning timeline's tests.
 *
 * @param checkpoints the model files, epoch 1 first
 */
public record TutorialRun(Network untrained, Network trained, List<Path> checkpoints) {

    /** Writes {@code epochs} checkpoints into {@code folder}. */
    public static TutorialRun write(Path folder, int epochs) throws IOException {
        Network untrained = Architectures.standard().build("tutorial", 1, 1e-3);
        Network trained = new CheckpointLoader().load(Models.bundled("tutorial.zip"), false).network();
        CheckpointStore run = new CheckpointStore(folder, epochs);
        List<Path> files = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            files.add(run.save(epoch == 1 ? untrained : trained, metadata(epoch)));
        }
        return new TutorialRun(untrained, trained, files);
    }

    private static CheckpointMetadata metadata(int epoch) {
        return new CheckpointMetadata("tutorial", epoch, "v", "2026-01-01T00:00:00Z", "test",
                new CheckpointMetadata.Training(100, 64, 1e-3, 1, "MNIST", null, null),
                new CheckpointMetadata.Metrics(0.1, 0.9, 0.1, 0.9, 100), null, null);
    }
}

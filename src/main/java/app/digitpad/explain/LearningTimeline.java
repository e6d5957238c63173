package app.digitpad.explain;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointException;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.inference.Prediction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one input's answer changed as a network learned: the checkpoints its training run left (the same
 * folder and architecture, by epoch), each loaded only when asked for and a few kept in memory, so sliding
 * back and forth over the epochs does not reload every time nor hold a whole run. Methods are
 * synchronized; any thread but the FX thread (loading a checkpoint reads a file).
 */
public final class LearningTimeline {

    /** Checkpoints kept loaded: the one shown and its neighbours on the slider. */
    static final int KEEP_LOADED = 3;

    private final List<Checkpoint> checkpoints;
    private final CheckpointLoader loader;
    private final Map<Path, Explainer> loaded = new LinkedHashMap<>(KEEP_LOADED + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Explainer> eldest) {
            return size() > KEEP_LOADED;
        }
    };

    /** One point on the timeline: the epoch and the answer of that epoch's checkpoint. */
    public record Point(int epoch, Path checkpoint, Prediction prediction) {
    }

    private LearningTimeline(List<Checkpoint> checkpoints, CheckpointLoader loader) {
        this.checkpoints = checkpoints;
        this.loader = loader;
    }

    /**
     * The run {@code current} belongs to: every checkpoint of its architecture in its folder whose sidecar
     * gives an epoch, oldest first. A model without a sidecar is a timeline of itself alone.
     */
    public static LearningTimeline of(Checkpoint current, CheckpointLoader loader) throws IOException {
        Optional<String> architecture = current.metadata().map(CheckpointMetadata::architecture);
        if (architecture.isEmpty()) {
            return new LearningTimeline(List.of(current), loader);
        }
        List<Checkpoint> run = CheckpointStore.list(current.file().toAbsolutePath().getParent()).stream()
                .filter(c -> c.metadata().map(m -> m.architecture().equals(architecture.get())).orElse(false))
                .toList();
        return new LearningTimeline(run.isEmpty() ? List.of(current) : run, loader);
    }

    public List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    /** The epochs on the slider, in order (-1 for a model whose epoch is unknown). */
    public List<Integer> epochs() {
        return checkpoints.stream().map(c -> c.metadata().map(CheckpointMetadata::epoch).orElse(-1)).toList();
    }

    /** The answer of the {@code index}-th checkpoint for this input, loading it when it is not in memory. */
    public synchronized Point at(int index, float[] input28) throws CheckpointException {
        Checkpoint c = checkpoints.get(index);
        Explainer e = loaded.get(c.file());
        if (e == null) {
            e = new Explainer(loader.load(c.file(), false).network());
            loaded.put(c.file(), e);
        }
        return new Point(epochs().get(index), c.file(), e.predict(input28));
    }

    /** How many checkpoints are in memory now (for tests of the lazy loading). */
    synchronized int loadedCount() {
        return loaded.size();
    }
}

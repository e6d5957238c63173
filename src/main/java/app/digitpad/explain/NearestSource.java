package app.digitpad.explain;

import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.PreparedCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Where nearest training digits come from, for the window and the command line alike: the first
 * {@link NearestDigits#SEARCHED} digits of MNIST's training split from the data folder, prepared as for
 * training (a slice of the whole prepared split when training cached it, else only these are prepared),
 * and the model's embeddings of them (through the {@link NearestCache}). The prepared digits are kept for
 * the next model. Synchronized; any thread but the FX thread.
 */
public final class NearestSource {

    private final NearestCache nearest;
    private final PreparedCache prepared;
    private Path trainFrom;
    private MnistSet train;

    /** What is being done, for a status line: the count done so far of a total. */
    public interface Progress {
        void update(String what, int done, int total);
    }

    public NearestSource(NearestCache nearest, PreparedCache prepared) {
        this.nearest = nearest;
        this.prepared = prepared;
    }

    /**
     * The index of this checkpoint's model over MNIST's training digits in {@code dataFolder}; empty when
     * cancelled. Throws {@link MnistLoader.MissingDataException} when the folder lacks MNIST.
     */
    public synchronized Optional<NearestDigits> obtain(Path dataFolder, Path checkpoint, Explainer explainer,
                                                       Progress progress, BooleanSupplier cancelled) throws IOException {
        if (train == null || !dataFolder.equals(trainFrom)) {
            MnistSet all = new MnistLoader(dataFolder).train();
            MnistSet raw = all.limit(NearestDigits.SEARCHED);
            train = prepared.lookup(all).map(whole -> whole.limit(NearestDigits.SEARCHED))
                    .or(() -> prepared.lookup(raw))
                    .orElseGet(() -> prepared.build(raw,
                            done -> progress.update("preparing MNIST's training digits", done, raw.size())));
            trainFrom = dataFolder;
        }
        int total = train.size();
        return nearest.obtain(checkpoint, explainer, train,
                done -> progress.update("embedding the training digits with this model (once per model)", done, total),
                cancelled);
    }
}

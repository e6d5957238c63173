package app.digitpad.training;

import app.digitpad.data.MnistLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.MnistPreprocessor;
import app.digitpad.preprocess.PreparedCache;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

/**
 * MNIST from a folder as {@link TrainingData}: both raw splits are read (and their format checked) first;
 * then a split comes from the prepared cache when it holds it, or only the images the run uses are
 * preprocessed (a whole split is stored in the cache for the next run). Not thread-safe: one run's thread.
 */
public final class MnistData implements TrainingData {

    /** The name sidecars give MNIST as a training set. */
    public static final String NAME = "MNIST";

    private final MnistLoader loader;
    private final PreparedCache cache;
    private MnistSet rawTrain;
    private MnistSet rawTest;

    /** MNIST without a prepared cache: every run preprocesses what it uses. */
    public MnistData(MnistLoader loader) {
        this(loader, null);
    }

    /** {@code cache}: where prepared splits are kept between runs (null: none). */
    public MnistData(MnistLoader loader, PreparedCache cache) {
        this.loader = loader;
        this.cache = cache;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check() throws IOException {
        if (rawTrain == null) {
            rawTest = loader.test();
            rawTrain = loader.train();
        }
    }

    @Override
    public MnistSet train(Integer limit, Progress progress) throws IOException {
        check();
        return prepare(rawTrain, limit, progress);
    }

    @Override
    public MnistSet test(Integer limit, Progress progress) throws IOException {
        check();
        return prepare(rawTest, limit, progress);
    }

    /** {@code count} training images drawn at random (seeded, no repeats), preprocessed: a fine-tune's replay. */
    public MnistSet sample(int count, long seed, Progress progress) throws IOException {
        check();
        int[] all = new int[rawTrain.size()];
        Arrays.setAll(all, i -> i);
        Random random = new Random(seed);
        int n = Math.min(count, all.length);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(all.length - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] picked = Arrays.copyOf(all, n);
        Optional<MnistSet> whole = cache == null ? Optional.empty() : cache.lookup(rawTrain);
        if (whole.isPresent()) {
            return whole.get().select("replay", picked);
        }
        progress.update("replay", 0, n);
        return MnistPreprocessor.apply(rawTrain.select("replay", picked), done -> progress.update("replay", done, n));
    }

    /** The test digits as read, not preprocessed: the drawn benchmark draws them itself. */
    public MnistSet rawTest(Integer limit) throws IOException {
        check();
        return rawTest.limit(limit);
    }

    private MnistSet prepare(MnistSet raw, Integer limit, Progress progress) {
        boolean whole = limit == null || limit >= raw.size();
        if (cache != null) {
            Optional<MnistSet> cached = cache.lookup(raw);
            if (cached.isPresent()) {
                return cached.get().limit(limit);
            }
            if (whole) {
                progress.update(raw.name(), 0, raw.size());
                return cache.build(raw, done -> progress.update(raw.name(), done, raw.size()));
            }
        }
        MnistSet used = raw.limit(limit);
        progress.update(raw.name(), 0, used.size());
        return MnistPreprocessor.apply(used, done -> progress.update(raw.name(), done, used.size()));
    }
}

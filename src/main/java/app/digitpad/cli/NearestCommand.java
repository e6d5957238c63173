package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.data.MnistDownloader;
import app.digitpad.data.MnistLoader;
import app.digitpad.explain.Explainer;
import app.digitpad.explain.NearestCache;
import app.digitpad.explain.NearestDigits;
import app.digitpad.explain.NearestSource;
import app.digitpad.preprocess.PreparedCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code digitpad nearest [--model FILE] [--data DIR]}: the nearest-training-digits index of a model, built
 * beside the model file ({@code <model>.nearest}), so that {@code explain} and the Explain tab show nearest
 * digits at once; the bundled models ship theirs, made by this command. An index already there that matches
 * the model's SHA-256, the preprocessing and the training digits is kept; a stale or damaged one is built
 * again (it is this command's own file). A model in a folder this user cannot write gets its index in the
 * user's cache, and the command says so. Writes nothing else.
 */
@Command(name = "nearest", mixinStandardHelpOptions = true, description = "Build the nearest-training-digits "
        + "index beside a model, so explain and the Explain tab show nearest digits at once.")
public final class NearestCommand implements Callable<Integer> {

    @Mixin
    ModelOption modelOption;
    @Mixin
    DataOption dataOption;

    private final Services services;

    public NearestCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Checkpoint.Loaded loaded = modelOption.load(services);
        Path checkpoint = loaded.checkpoint().file();
        if (!loaded.network().layered()) {
            services.err().println("error: " + checkpoint + " is an ONNX graph, whose layers run inside ONNX Runtime: "
                    + "it has no hidden layer to find nearest digits by");
            return 2;
        }
        Path cacheFolder = services.dataLocator().cacheFolder();
        NearestCache cache = new NearestCache(cacheFolder, null);
        Path entry = cache.location(checkpoint, MnistDownloader.sha256(checkpoint));
        NearestSource source = new NearestSource(cache, new PreparedCache(cacheFolder));
        AtomicBoolean built = new AtomicBoolean();
        NearestDigits index;
        try {
            index = source.obtain(services.dataLocator().resolve(dataOption.data), checkpoint,
                    new Explainer(loaded.network()), (what, done, total) -> {
                        if (what.startsWith("embedding") && !built.getAndSet(true)) {
                            services.err().printf(Locale.ROOT, "%s (%,d images) …%n", what, total);
                            services.err().flush();
                        }
                    }, () -> false).orElseThrow();
        } catch (MnistLoader.MissingDataException e) {
            services.err().println("error: " + e.getMessage() + " (give --data DIR, or run 'digitpad data download')");
            return 1;
        }
        if (!Files.isRegularFile(entry)) {
            services.err().println("error: the index could not be stored at " + entry + " (see the warning above)");
            return 1;
        }
        boolean beside = entry.getParent().equals(checkpoint.toAbsolutePath().getParent());
        services.out().printf(Locale.ROOT, "%s: nearest-digits index of %,d training digits %s: %s (%.1f MB)%s%n",
                checkpoint.getFileName(), index.count(), built.get() ? "built" : "already up to date", entry,
                Files.size(entry) / 1e6, beside ? "" : "; the model's folder cannot be written, so it is in your cache");
        return 0;
    }
}

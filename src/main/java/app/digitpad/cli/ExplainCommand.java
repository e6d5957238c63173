package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.data.IoMessages;
import app.digitpad.data.MnistLoader;
import app.digitpad.explain.ExplainPictures;
import app.digitpad.explain.Explainer;
import app.digitpad.explain.Explanation;
import app.digitpad.explain.FeatureMaps;
import app.digitpad.explain.NearestCache;
import app.digitpad.explain.NearestDigits;
import app.digitpad.explain.NearestSource;
import app.digitpad.explain.RobustnessProbe;
import app.digitpad.inference.Prediction;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.ImageFiles;
import app.digitpad.preprocess.InkShape;
import app.digitpad.preprocess.PreparedCache;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code digitpad explain IMAGE --out DIR}: why the model read the image as it did, as PNGs for slides and
 * reports: the normalizer's stages, every convolution layer's maps and the first layer's filters, the
 * occlusion saliency over the input and over the image, the robustness curves, and the nearest MNIST
 * training digits (when MNIST is found and readable; the index is cached per model, see
 * {@link NearestCache}): without them the other pictures still stand. Writes into a new or empty folder (each
 * file atomically); a folder that holds files is left alone unless {@code --force}.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Write pictures of why the model read an image as it did.")
public final class ExplainCommand implements Callable<Integer> {

    @Mixin
    ModelOption modelOption;
    @Mixin
    DataOption dataOption;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the PNGs")
    Path out;
    @Option(names = "--force", description = "write into an --out folder that already holds files, replacing pictures of the same name")
    boolean force;
    @Parameters(paramLabel = "IMAGE", description = "a PNG/JPEG/GIF/BMP of one digit")
    Path image;

    private final Services services;

    public ExplainCommand(Services services) {
        this.services = services;
    }

    private static boolean holdsFiles(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    @Override
    public Integer call() throws Exception {
        GrayImage ink = ImageFiles.read(image);
        DigitNormalizer.Steps steps = DigitNormalizer.steps(ink).orElse(null);
        if (steps == null) {
            services.err().println("error: " + image + ": the image is blank (no digit found)");
            return 1;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            services.err().println("error: " + out + " is a file, not a folder: --out needs a folder for the pictures");
            return 2;
        }
        if (!force && holdsFiles(out)) {
            services.err().println("error: " + out + " already holds files (an earlier explanation?): choose a new "
                    + "folder, or --force to replace its pictures");
            return 2;
        }
        Checkpoint.Loaded loaded = modelOption.load(services);
        Explainer explainer = new Explainer(loaded.network());
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            services.err().println("error: cannot create the folder " + out + " for the pictures: "
                    + IoMessages.describe(e, out));
            return 1;
        }
        writeSteps(ink, steps);
        Prediction p = explainer.predict(steps.input());
        Verdict verdict = Verdict.judge(InkShape.of(ink).orElseThrow(), steps.input(),
                new Predictor(loaded.network(), loaded.checkpoint().file().toString()), DigitGate.load(services.models().gate()));
        String answer = verdict.describe();
        if (loaded.network().layered()) {
            writeLayers(explainer, steps.input());
        } else {
            services.err().println("note: no feature maps, filters or nearest digits: " + loaded.checkpoint().file()
                    .getFileName() + " is an ONNX graph, whose layers run inside ONNX Runtime");
        }
        float[] saliency = explainer.occlusion(steps.input(), p.digit(), Explanation.PATCH);
        String caption = verdict.kind() == Verdict.Kind.NOT_A_DIGIT
                ? String.format(Locale.ROOT, "%s; red: ink that pulled the network to %d", answer, p.digit())
                : "red: ink that made it " + answer;
        ExplainPictures.saliency(steps.input(), saliency, caption, out.resolve("3-saliency.png"));
        ExplainPictures.saliencyOnSource(ink, steps, saliency, "the same, over the image", out.resolve("3-saliency-on-image.png"));
        ExplainPictures.curves(RobustnessProbe.probe(explainer, steps.input()), p.digit(), out.resolve("4-robustness.png"));
        if (loaded.network().layered()) {
            writeNearest(loaded.checkpoint().file(), explainer, steps.input());
        }
        services.out().printf(Locale.ROOT, "%s: %s; pictures in %s%n", image, answer, out);
        return 0;
    }

    private void writeLayers(Explainer explainer, float[] input) throws IOException {
        List<FeatureMaps> layers = explainer.featureMaps(input);
        for (int k = 0; k < layers.size(); k++) {
            ExplainPictures.grid(layers.get(k), layers.get(k).heading(k + 1),
                    out.resolve("2-feature-maps-layer-" + layers.get(k).layer() + ".png"));
        }
        ExplainPictures.grid(explainer.firstFilters(), "filters of " + explainer.firstFilters().heading(1),
                out.resolve("2-filters-first-layer.png"));
    }

    private void writeSteps(GrayImage ink, DigitNormalizer.Steps steps) throws IOException {
        int side = DigitNormalizer.SIDE;
        int[] shift = steps.shift();
        ExplainPictures.strip(List.of(ink, steps.crop(), steps.penWidth(), steps.box(),
                        new GrayImage(side, side, steps.boxCentred()), new GrayImage(side, side, steps.input())),
                List.of("the image's ink", "cropped to the ink", "pen width to MNIST's", "into the 20 px box",
                        "box at the centre", String.format(Locale.ROOT, "centre of mass centred (%+d, %+d)", shift[0], shift[1])),
                out.resolve("1-preprocessing.png"));
    }

    /** The nearest training digits, when MNIST is at hand; without it the other pictures still stand. */
    private void writeNearest(Path checkpoint, Explainer explainer, float[] input) throws IOException {
        Path folder = services.dataLocator().resolve(dataOption.data);
        NearestSource source = new NearestSource(new NearestCache(services.dataLocator().cacheFolder(),
                services.models().folder()), new PreparedCache(services.dataLocator().cacheFolder()));
        try {
            java.util.Set<String> said = new java.util.HashSet<>();
            NearestDigits nearest = source.obtain(folder, checkpoint, explainer, (what, done, total) -> {
                if (said.add(what)) {
                    services.err().printf(Locale.ROOT, "nearest training digits: %s (%,d images) …%n", what, total);
                    services.err().flush();
                }
            }, () -> false).orElseThrow();
            ExplainPictures.nearest(nearest.nearest(explainer.embed(List.of(input)), NearestDigits.SHOWN),
                    out.resolve("5-nearest-training-digits.png"));
        } catch (MnistLoader.MissingDataException e) {
            services.err().println("note: no nearest training digits: " + e.getMessage()
                    + " (give --data DIR, or run 'digitpad data download')");
        } catch (IOException e) {
            services.err().println("note: no nearest training digits: " + e.getMessage());
        }
    }
}

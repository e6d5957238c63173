package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.RunLock;
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
import app.digitpad.segment.DigitReading;
import app.digitpad.segment.NumberReader;
import app.digitpad.segment.NumberReading;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    @Option(names = "--number", description = "the image holds a written number: read it as predict --number does "
            + "and explain each digit in a folder of its own (DIR/digit-1, DIR/digit-2, ...)")
    boolean number;
    @Parameters(paramLabel = "IMAGE", description = "a PNG/JPEG/GIF/BMP of one digit (or, with --number, a number)")
    Path image;

    private final Services services;
    private final java.util.Set<String> said = new java.util.HashSet<>();

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
        RunLock lock;
        try {
            lock = RunLock.acquire(out);
        } catch (IOException e) {
            services.err().println("error: " + e.getMessage());
            return 1;
        }
        try (lock) {
            return explainInto(ink, steps, loaded, explainer);
        }
    }

    /** The pictures, into {@code --out}, which this run holds. */
    private int explainInto(GrayImage ink, DigitNormalizer.Steps steps, Checkpoint.Loaded loaded, Explainer explainer)
            throws IOException {
        Predictor predictor = new Predictor(loaded.network(), loaded.checkpoint().file().toString());
        Optional<DigitGate> gate = DigitGate.load(services.models().gate());
        if (!loaded.network().layered()) {
            services.err().println("note: no feature maps, filters or nearest digits: " + loaded.checkpoint().file()
                    .getFileName() + " is an ONNX graph, whose layers run inside ONNX Runtime");
        }
        if (number) {
            return explainNumber(ink, loaded, explainer, predictor, gate);
        }
        Verdict verdict = Verdict.judge(InkShape.of(ink).orElseThrow(), steps.input(), predictor, gate);
        write(ink, steps, verdict, loaded, explainer, out);
        services.out().printf(Locale.ROOT, "%s: %s; pictures in %s%n", image, verdict.describe(), out);
        return 0;
    }

    /**
     * Each digit of the number, read as {@code predict --number} reads the file, explained from the ink the
     * reader cut out and with the reader's verdict, in {@code DIR/digit-K} (K from 1, left to right).
     */
    private int explainNumber(GrayImage ink, Checkpoint.Loaded loaded, Explainer explainer, Predictor predictor,
                              Optional<DigitGate> gate) throws IOException {
        NumberReading read = new NumberReader(predictor, gate, SegmentJudge.load(services.models().segmentJudge()))
                .read(ink).orElseThrow(() -> new IOException(image + ": the image is blank (no digit found)"));
        for (int k = 0; k < read.digits().size(); k++) {
            DigitReading digit = read.digits().get(k);
            Path dir = Files.createDirectories(out.resolve("digit-" + (k + 1)));
            write(digit.ink(), DigitNormalizer.steps(digit.ink()).orElseThrow(), digit.verdict(), loaded, explainer, dir);
            services.out().printf(Locale.ROOT, "  digit %d: %s; pictures in %s%n", k + 1, digit.verdict().describe(), dir);
        }
        services.out().printf(Locale.ROOT, "%s: %s%n", image, read.describe());
        return 0;
    }

    /** The pictures of one digit's explanation into {@code dir}. */
    private void write(GrayImage ink, DigitNormalizer.Steps steps, Verdict verdict, Checkpoint.Loaded loaded,
                       Explainer explainer, Path dir) throws IOException {
        writeSteps(ink, steps, dir);
        Prediction p = explainer.predict(steps.input());
        String answer = verdict.describe();
        if (loaded.network().layered()) {
            writeLayers(explainer, steps.input(), dir);
        }
        float[] saliency = explainer.occlusion(steps.input(), p.digit(), Explanation.PATCH);
        String caption = verdict.kind() == Verdict.Kind.NOT_A_DIGIT
                ? String.format(Locale.ROOT, "%s; red: ink that pulled the network to %d", answer, p.digit())
                : "red: ink that made it " + answer;
        ExplainPictures.saliency(steps.input(), saliency, caption, dir.resolve("3-saliency.png"));
        ExplainPictures.saliencyOnSource(ink, steps, saliency, "the same, over the image", dir.resolve("3-saliency-on-image.png"));
        ExplainPictures.curves(RobustnessProbe.probe(explainer, steps.input()), p.digit(), dir.resolve("4-robustness.png"));
        if (loaded.network().layered()) {
            writeNearest(loaded.checkpoint().file(), explainer, steps.input(), dir);
        }
    }

    private void writeLayers(Explainer explainer, float[] input, Path dir) throws IOException {
        List<FeatureMaps> layers = explainer.featureMaps(input);
        for (int k = 0; k < layers.size(); k++) {
            ExplainPictures.grid(layers.get(k), layers.get(k).heading(k + 1),
                    dir.resolve("2-feature-maps-layer-" + layers.get(k).layer() + ".png"));
        }
        ExplainPictures.grid(explainer.firstFilters(), "filters of " + explainer.firstFilters().heading(1),
                dir.resolve("2-filters-first-layer.png"));
    }

    private void writeSteps(GrayImage ink, DigitNormalizer.Steps steps, Path dir) throws IOException {
        int side = DigitNormalizer.SIDE;
        int[] shift = steps.shift();
        ExplainPictures.strip(List.of(ink, steps.crop(), steps.penWidth(), steps.box(),
                        new GrayImage(side, side, steps.boxCentred()), new GrayImage(side, side, steps.input())),
                List.of("the image's ink", "cropped to the ink", "pen width to MNIST's", "into the 20 px box",
                        "box at the centre", String.format(Locale.ROOT, "centre of mass centred (%+d, %+d)", shift[0], shift[1])),
                dir.resolve("1-preprocessing.png"));
    }

    /** The nearest training digits, when MNIST is at hand; without it the other pictures still stand. */
    private void writeNearest(Path checkpoint, Explainer explainer, float[] input, Path dir) throws IOException {
        Path folder = services.dataLocator().resolve(dataOption.data);
        NearestSource source = new NearestSource(new NearestCache(services.dataLocator().cacheFolder(),
                services.models().folder()), new PreparedCache(services.dataLocator().cacheFolder()));
        try {
            NearestDigits nearest = source.obtain(folder, checkpoint, explainer, (what, done, total) -> {
                if (said.add(what)) {
                    services.err().printf(Locale.ROOT, "nearest training digits: %s (%,d images) …%n", what, total);
                    services.err().flush();
                }
            }, () -> false).orElseThrow();
            ExplainPictures.nearest(nearest.nearest(explainer.embed(List.of(input)), NearestDigits.SHOWN),
                    dir.resolve("5-nearest-training-digits.png"));
        } catch (MnistLoader.MissingDataException e) {
            noteOnce("note: no nearest training digits: " + e.getMessage()
                    + " (give --data DIR, or run 'digitpad data download')");
        } catch (IOException e) {
            noteOnce("note: no nearest training digits: " + e.getMessage());
        }
    }

    /** A note said once per run, not once per digit of a number. */
    private void noteOnce(String note) {
        if (said.add(note)) {
            services.err().println(note);
        }
    }
}

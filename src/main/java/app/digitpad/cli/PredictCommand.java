package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.inference.Prediction;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.ImageFiles;
import app.digitpad.segment.NumberReader;
import app.digitpad.segment.SegmentJudge;
import app.digitpad.segment.Box;
import app.digitpad.segment.NumberReading;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code digitpad predict}: the tutorial's predict script for any image, through the drawing pad's own
 * preprocessing. Each answer is a digit, "not sure" or "not a digit" (an answer, not an error). A bad file
 * is reported on its line and the rest are still predicted; exit code 1 says so.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Predict the digit in image files.")
public final class PredictCommand implements Callable<Integer> {

    @Mixin
    ModelOption modelOption;
    @Option(names = "--json", description = "one JSON object per image")
    boolean json;
    @Option(names = "--number", description = "each image holds a written number (several digits): read them all")
    boolean number;
    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "PNG/JPEG/GIF/BMP files, light or dark background")
    List<Path> images;

    private final Services services;
    private final ObjectMapper mapper = new ObjectMapper();

    public PredictCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Checkpoint.Loaded loaded = modelOption.load(services);
        Predictor predictor = new Predictor(loaded.network(), loaded.checkpoint().file().toString());
        Optional<DigitGate> gate = DigitGate.load(services.models().gate());
        NumberReader numbers = new NumberReader(predictor, gate,
                number ? SegmentJudge.load(services.models().segmentJudge()) : Optional.empty());
        int failures = 0;
        for (Path image : images) {
            try {
                if (number) {
                    Optional<NumberReading> reading = numbers.read(ImageFiles.read(image));
                    printNumber(image, reading.orElseThrow(() -> blank(image)));
                    continue;
                }
                Optional<Verdict> verdict = Verdict.read(predictor, gate, ImageFiles.read(image));
                print(image, verdict.orElseThrow(() -> blank(image)));
            } catch (IOException e) {
                failures++;
                printError(image, e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private void print(Path image, Verdict v) throws IOException {
        Prediction p = v.prediction();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", image.toString());
            o.put("verdict", v.kind().json());
            o.put("digit", v.digit().orElse(null));
            v.reason().ifPresent(reason -> o.put("reason", reason));
            o.put("probabilities", p.probabilities());
            services.out().println(mapper.writeValueAsString(o));
            return;
        }
        StringBuilder probs = new StringBuilder();
        for (float value : p.probabilities()) {
            probs.append(String.format(Locale.ROOT, " %.4f", value));
        }
        services.out().printf(Locale.ROOT, "%s: %s [%s ]%n", image, v.describe(), probs);
    }

    private static IOException blank(Path image) {
        return new IOException(image + ": the image is blank (no digit found)");
    }

    private void printNumber(Path image, NumberReading reading) throws IOException {
        if (!json) {
            services.out().printf("%s: %s%n", image, reading.describe());
            return;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", image.toString());
        o.put("number", reading.number());
        o.put("inDoubt", reading.inDoubt().orElse(null));
        o.put("decimalPoints", reading.points().stream().map(PredictCommand::box).toList());
        o.put("digits", reading.digits().stream().map(d -> {
            Map<String, Object> digit = new LinkedHashMap<>();
            digit.put("digit", d.verdict().digit().orElse(null));
            digit.put("verdict", d.verdict().kind().json());
            d.verdict().reason().ifPresent(reason -> digit.put("reason", reason));
            digit.put("box", box(d.box()));
            digit.put("probabilities", d.verdict().prediction().probabilities());
            return digit;
        }).toList());
        services.out().println(mapper.writeValueAsString(o));
    }

    private static Map<String, Integer> box(Box b) {
        Map<String, Integer> box = new LinkedHashMap<>();
        box.put("x", b.x0());
        box.put("y", b.y0());
        box.put("width", b.width());
        box.put("height", b.height());
        return box;
    }

    private void printError(Path image, String message) throws IOException {
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", image.toString());
            o.put("error", message);
            services.out().println(mapper.writeValueAsString(o));
        } else {
            services.err().println("error: " + message);
        }
    }
}

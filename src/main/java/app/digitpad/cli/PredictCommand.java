package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.inference.Prediction;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.ImageFiles;
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
        int failures = 0;
        for (Path image : images) {
            try {
                Optional<Verdict> verdict = Verdict.read(predictor, gate, ImageFiles.read(image));
                if (verdict.isEmpty()) {
                    throw new IOException(image + ": the image is blank (no digit found)");
                }
                print(image, verdict.get());
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
        String answer = switch (v.kind()) {
            case DIGIT -> String.format(Locale.ROOT, "%d (%.1f%%)", p.digit(), 100 * p.confidence());
            case UNSURE -> String.format(Locale.ROOT, "%d (%.1f%%, not sure)", p.digit(), 100 * p.confidence());
            case NOT_A_DIGIT -> "not a digit (" + v.reason().orElse("does not look like a digit") + ")";
        };
        services.out().printf(Locale.ROOT, "%s: %s [%s ]%n", image, answer, probs);
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

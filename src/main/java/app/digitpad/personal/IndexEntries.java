package app.digitpad.personal;

import app.digitpad.drawing.PadRaster;
import app.digitpad.preprocess.DigitNormalizer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks one entry of a personal set's index before it is believed, so a damaged or hand-edited index
 * is refused with the entry and the reason named instead of becoming a wrong label (a missing label read
 * as 0, 7.9 as 7) or a Java exception deep in preprocessing. Stateless; any thread.
 */
final class IndexEntries {

    /** Stored inputs are 28x28 grey levels, one byte each. */
    static final int INPUT_BYTES = DigitNormalizer.SIDE * DigitNormalizer.SIDE;
    /** Stroke coordinates farther than this from the pad are not a drawing from any pad (the pad is 280 wide). */
    static final double MAX_COORDINATE = 100.0 * PadRaster.SIZE;

    private IndexEntries() {
    }

    /** How to name entry {@code position} (0-based) in messages: its number and, when it has one, its id. */
    static String name(JsonNode entry, int position) {
        JsonNode id = entry == null ? null : entry.get("id");
        return "entry " + (position + 1) + (id != null && id.isTextual() ? " (id " + id.asText() + ")" : "");
    }

    /** What is wrong with the entry, or empty when it can be read. */
    static Optional<String> problem(JsonNode entry) {
        if (entry == null || !entry.isObject()) {
            return Optional.of("is not a JSON object");
        }
        JsonNode id = entry.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return Optional.of("has no id");
        }
        Optional<String> label = digit(entry.get("label"), "label", false);
        if (label.isPresent()) {
            return label;
        }
        Optional<String> predicted = digit(entry.get("predicted"), "predicted", true);
        if (predicted.isPresent()) {
            return predicted;
        }
        Optional<String> input = input(entry.get("input"));
        return input.isPresent() ? input : strokes(entry.get("strokes"));
    }

    private static Optional<String> digit(JsonNode value, String field, boolean optional) {
        if (value == null || value.isNull()) {
            return optional ? Optional.empty() : Optional.of("has no " + field + " (a digit 0-9 is needed)");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0 || value.asInt() > 9) {
            return Optional.of("has " + field + " " + value + ", not a digit 0-9");
        }
        return Optional.empty();
    }

    private static Optional<String> input(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Optional.of("has no input (the 28x28 image as Base64 text)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.asText());
        } catch (IllegalArgumentException e) {
            return Optional.of("has an input that is not Base64 (" + e.getMessage() + ")");
        }
        if (bytes.length != INPUT_BYTES) {
            return Optional.of("has an input of " + bytes.length + " bytes instead of " + INPUT_BYTES + " (28x28)");
        }
        return Optional.empty();
    }

    private static Optional<String> strokes(JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            return Optional.of("has strokes that are not a list");
        }
        for (int s = 0; s < value.size(); s++) {
            JsonNode stroke = value.get(s);
            JsonNode width = stroke.get("width");
            JsonNode points = stroke.get("points");
            if (width == null || !width.isNumber() || !(width.asDouble() > 0) || width.asDouble() > PadRaster.SIZE) {
                return Optional.of("has stroke " + (s + 1) + " with pen width " + width + " (0 to " + PadRaster.SIZE
                        + " pad pixels expected)");
            }
            if (points == null || !points.isArray()) {
                return Optional.of("has stroke " + (s + 1) + " without a list of points");
            }
            for (JsonNode p : points) {
                if (!coordinate(p.get("x")) || !coordinate(p.get("y"))) {
                    return Optional.of("has stroke " + (s + 1) + " with point " + p + " (coordinates within "
                            + (long) MAX_COORDINATE + " of the pad expected)");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean coordinate(JsonNode v) {
        return v != null && v.isNumber() && Math.abs(v.asDouble()) <= MAX_COORDINATE;
    }
}

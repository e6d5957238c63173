package app.digitpad.personal;

import app.digitpad.drawing.Drawing;
import app.digitpad.drawing.Stroke;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One digit of a person's own handwriting, as saved from the pad or imported from an image. The strokes
 * are kept so that it can be prepared again by a later preprocessing version; the 28x28 input it had when
 * saved is kept too (the only form an imported image has). Immutable; any thread.
 *
 * @param id        unique and time-ordered ("20261128T120501123-1a2b")
 * @param label     what the digit really is, as the user said
 * @param createdAt ISO-8601 instant of saving
 * @param model     file name of the model that read it when it was saved (null: imported)
 * @param predicted what that model answered (null: imported)
 * @param strokes   the drawing in pad coordinates (empty for an imported image)
 * @param input     the 28x28 network input when saved, row-major grey levels 0-255, Base64
 * @param source    where an imported digit came from (null for a drawing)
 */
public record PersonalDigit(String id, int label, String createdAt, String model, Integer predicted,
                            List<Stroke> strokes, String input, String source) {

    public PersonalDigit {
        if (label < 0 || label > 9) {
            throw new IllegalArgumentException("a digit's label must be 0-9, was " + label);
        }
        strokes = strokes == null ? List.of() : List.copyOf(strokes);
    }

    /** True when the model that read it got it wrong. */
    public boolean misread() {
        return predicted != null && predicted != label;
    }

    /** The same digit with another label (the user corrected it). */
    public PersonalDigit withLabel(int newLabel) {
        return new PersonalDigit(id, newLabel, createdAt, model, predicted, strokes, input, source);
    }

    /** The network input: prepared anew from the strokes when there are any, else the saved input. */
    public Optional<float[]> networkInput() {
        if (!strokes.isEmpty()) {
            return DigitNormalizer.normalize(new Drawing(strokes).ink());
        }
        return Optional.of(savedInput());
    }

    /**
     * The ink the digit is judged on, as the pad judged it: the drawing at pad size when there are strokes,
     * else the saved 28x28 input (an imported image keeps only that).
     */
    public GrayImage ink() {
        if (!strokes.isEmpty()) {
            return new Drawing(strokes).ink();
        }
        return new GrayImage(DigitNormalizer.SIDE, DigitNormalizer.SIDE, savedInput());
    }

    /** The 28x28 input as saved, 0..1. */
    public float[] savedInput() {
        byte[] bytes = Base64.getDecoder().decode(input);
        float[] out = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (bytes[i] & 0xFF) / 255f;
        }
        return out;
    }

    /** Encodes a 0..1 network input for {@link #input()}. */
    public static String encode(float[] input28) {
        byte[] bytes = new byte[input28.length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Math.round(Math.max(0, Math.min(1, input28[i])) * 255f);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}

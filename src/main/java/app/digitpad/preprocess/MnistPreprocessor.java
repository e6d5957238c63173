package app.digitpad.preprocess;

import app.digitpad.data.MnistSet;
import java.util.stream.IntStream;

/**
 * Puts MNIST itself through the drawing pad's normalizer before training and evaluation, so that the
 * network learns and is scored on exactly the framing it will see from the canvas and from image files.
 * Images are independent, so they are normalized on all cores.
 */
public final class MnistPreprocessor {

    private MnistPreprocessor() {
    }

    public static MnistSet apply(MnistSet set) {
        byte[] pixels = new byte[set.pixels().length];
        IntStream.range(0, set.size()).parallel().forEach(i -> {
            float[] raw = set.image(i);
            float[] out = DigitNormalizer.normalize(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, raw)).orElse(raw);
            int base = i * MnistSet.PIXELS;
            for (int p = 0; p < MnistSet.PIXELS; p++) {
                pixels[base + p] = (byte) Math.round(out[p] * 255f);
            }
        });
        return new MnistSet(set.name(), pixels, set.labels());
    }
}

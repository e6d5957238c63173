package app.digitpad.preprocess;

import app.digitpad.data.MnistSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Puts MNIST itself through the drawing pad's normalizer before training and evaluation, so that the
 * network learns and is scored on exactly the framing it will see from the canvas and from image files.
 * Images are independent, so they are normalized on all cores.
 */
public final class MnistPreprocessor {

    /** Progress is reported after every this-many images: often enough for a bar, rarely enough to cost nothing. */
    static final int REPORT_EVERY = 2_000;

    private MnistPreprocessor() {
    }

    public static MnistSet apply(MnistSet set) {
        return apply(set, done -> { });
    }

    /** Normalizes every image; {@code progress} gets the count done so far, from worker threads. */
    public static MnistSet apply(MnistSet set, IntConsumer progress) {
        byte[] pixels = new byte[set.pixels().length];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, set.size()).parallel().forEach(i -> {
            float[] raw = set.image(i);
            float[] out = DigitNormalizer.normalize(new GrayImage(MnistSet.SIDE, MnistSet.SIDE, raw)).orElse(raw);
            int base = i * MnistSet.PIXELS;
            for (int p = 0; p < MnistSet.PIXELS; p++) {
                pixels[base + p] = (byte) Math.round(out[p] * 255f);
            }
            int n = done.incrementAndGet();
            if (n % REPORT_EVERY == 0) {
                progress.accept(n);
            }
        });
        return new MnistSet(set.name(), pixels, set.labels());
    }
}

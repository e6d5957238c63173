package app.digitpad.segment;

import app.digitpad.preprocess.Augmentation;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * What is done to each digit before it is placed in a made number: the benchmark places MNIST's digits as they
 * are; the touching-digits judge can be taught on digits varied the way other writers differ (slant, tilt, pen
 * width, a stroke written in two), since a judge that saw only MNIST's writers cuts a stranger's hooked 1 or
 * two-stroke 4 into pieces. Five networks taught on {@link #WRITERS} ({@code segments --augment}) read no better than
 * the bundled ones, and worse on touching numbers in fonts (BENCHMARKS.md), so the bundled judge is not taught so; the
 * variation stays for the next recipe. Any thread may call it with its own {@link Random}.
 *
 * @param augmentation the shape change ({@link Augmentation#NONE}: none, and nothing drawn from the random)
 * @param gaps         the share of digits broken by a gap across one stroke, after the shape change
 */
public record DigitVariation(Augmentation augmentation, StrokeGaps gaps) {

    /** The digits as they are. */
    public static final DigitVariation NONE = new DigitVariation(Augmentation.NONE, StrokeGaps.NONE);

    /**
     * Other writers, for the judge's training: tilts up to 15 degrees and a slant of up to about 20 more (shear
     * 0.35), size within 10%, strokes a pen 1.5 px thinner to 1.5 px thicker (0.75 px on each edge: MNIST's
     * strokes are 2-3 px wide, so the thinnest keep a hairline), and a quarter of the digits broken by a gap.
     * No move: the digit is cropped to its ink before it is placed.
     */
    public static final DigitVariation WRITERS = new DigitVariation(new Augmentation(15, 0.1, 0, 0.35, 0.75),
            new StrokeGaps(0.25));

    public DigitVariation {
        Objects.requireNonNull(augmentation, "augmentation");
        Objects.requireNonNull(gaps, "gaps");
    }

    /**
     * The digit varied; {@link #NONE} gives it back and draws nothing from {@code random}. A shape change that
     * left no ink (a faint digit thinned away) keeps the digit's own shape.
     */
    float[] apply(float[] digit28, Random random) {
        float[] shaped = augmentation.enabled() ? augmentation.apply(digit28, new SplittableRandom(random.nextLong()))
                : digit28;
        return gaps.apply(StrokeGaps.inked(shaped) > 0 ? shaped : digit28, random);
    }
}

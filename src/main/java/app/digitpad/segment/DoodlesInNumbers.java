package app.digitpad.segment;

import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.segment.NumberLayouts.Gap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Doodles written into a number, between two digits, as a careless user or a stray sketch puts them: does
 * {@link NumberReader} answer the doodle (a {@code ?} in the number), or take it for digits? The figure for any
 * rule that lets a number's context overrule the gate ({@link NumberVerdicts}), measured on doodles no gate
 * learned from (people's, the held-out half: kind-disjoint) rather than on our generator's. Any thread.
 */
public final class DoodlesInNumbers {

    /**
     * One gap kind's figures: of {@code numbers} digit-doodle-digit numbers, how many were answered with a
     * {@code ?} somewhere, and how many read as digits throughout (the doodle taken for one or more digits), of
     * them {@code takenInDoubt} flagged in doubt. Numbers with no reading at all count in neither.
     */
    public record Result(Gap gap, int numbers, int answered, int takenForDigits, int takenInDoubt) {

        /** The share answered with a {@code ?}: the doodle not taken for a digit. */
        public double answeredShare() {
            return (double) answered / numbers;
        }
    }

    private DoodlesInNumbers() {
    }

    /**
     * {@code perGap} doodles, spread evenly over {@code doodles} (28x28 drawings, the same ones for every gap
     * kind; blank ones are passed over), each written at a digit's size between two digits of {@code digits}
     * chosen with {@code seed}.
     */
    public static List<Result> run(NumberReader reader, MnistSet digits, List<GrayImage> doodles, long seed,
                                   int perGap) {
        List<Result> out = new ArrayList<>();
        for (Gap gap : Gap.values()) {
            Random random = new Random(seed * 1_000 + gap.ordinal());
            int answered = 0;
            int taken = 0;
            int takenInDoubt = 0;
            int numbers = 0;
            int count = Math.min(perGap, doodles.size());
            for (int i = 0; i < count; i++) {
                GrayImage doodle = doodles.get((int) ((long) i * doodles.size() / count));
                if (!inked(doodle)) {
                    continue;
                }
                numbers++;
                Optional<NumberReading> reading = reader.read(written(doodle, digits, gap, random).image());
                String read = reading.map(NumberReading::number).orElse("");
                if (read.indexOf('?') >= 0) {
                    answered++;
                } else if (!read.isEmpty()) {
                    taken++;
                    takenInDoubt += reading.flatMap(NumberReading::inDoubt).isPresent() ? 1 : 0;
                }
            }
            out.add(new Result(gap, numbers, answered, taken, takenInDoubt));
        }
        return out;
    }

    /** Whether a 28x28 drawing holds ink (a blank one is no doodle to write). */
    static boolean inked(GrayImage doodle) {
        if (doodle.width() != DigitNormalizer.SIDE || doodle.height() != DigitNormalizer.SIDE) {
            throw new IllegalArgumentException("a doodle to write into a number is " + DigitNormalizer.SIDE + "x"
                    + DigitNormalizer.SIDE + " (as MNIST's digits), not " + doodle.width() + "x" + doodle.height());
        }
        for (float v : doodle.ink()) {
            if (v > DigitNormalizer.INK_THRESHOLD) {
                return true;
            }
        }
        return false;
    }

    /**
     * The doodle's ink, its longest side a digit's ({@link DigitNormalizer#BOX} px, with the benchmark's size
     * jitter), between two random digits, placed as {@link NumberLayouts} places a number's digits.
     */
    static NumberLayouts.Layout written(GrayImage doodle, MnistSet digits, Gap gap, Random random) {
        int before = random.nextInt(digits.size());
        int after = random.nextInt(digits.size());
        double scale = 1 + NumberLayouts.SIZE_JITTER * (2 * random.nextDouble() - 1);
        GrayImage ink = NumberLayouts.inkOnly(doodle.ink()).fittedInto((int) Math.round(DigitNormalizer.BOX * scale));
        List<GrayImage> inks = List.of(NumberLayouts.inkOnly(digits.image(before)), ink,
                NumberLayouts.inkOnly(digits.image(after)));
        String truth = String.valueOf(digits.label(before)) + SegmentSamples.DOODLE + digits.label(after);
        return NumberLayouts.place(inks, truth, new int[] {before, -1, after}, gap, random, 1);
    }
}

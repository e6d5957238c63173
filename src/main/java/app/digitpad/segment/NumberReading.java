package app.digitpad.segment;

import app.digitpad.verdict.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A written number as read: its digits left to right, and where the cutting was in doubt. A number is only
 * as sure as its least sure digit and its least sure cut, so {@link #inDoubt()} names the first place where
 * a digit is "not sure" or "not a digit", or else where another number of digits was nearly as likely
 * (a confident wrong string is the worst answer). Immutable.
 *
 * @param splitDoubt the digits, as {@code [first, count]}, of the stretch of ink whose split was in doubt; empty when none was
 */
public record NumberReading(List<DigitReading> digits, Optional<int[]> splitDoubt, List<Box> points) {

    public NumberReading {
        digits = List.copyOf(digits);
        splitDoubt = splitDoubt == null ? Optional.empty() : splitDoubt;
        points = List.copyOf(points);
    }

    /** A reading without decimal points. */
    public NumberReading(List<DigitReading> digits, Optional<int[]> splitDoubt) {
        this(digits, splitDoubt, List.of());
    }

    /** A reading whose every cut was clear, without decimal points. */
    public NumberReading(List<DigitReading> digits) {
        this(digits, Optional.empty());
    }

    /**
     * The same reading with its boxes mapped from a shrunk copy back to the image: multiplied by the
     * scale in x and y, kept within a {@code width} x {@code height} image.
     */
    public NumberReading withBoxesScaled(double sx, double sy, int width, int height) {
        return new NumberReading(digits.stream().map(d -> d.withBox(d.box().scaled(sx, sy, width, height))).toList(),
                splitDoubt, points.stream().map(p -> p.scaled(sx, sy, width, height)).toList());
    }

    /** The digit string, with '?' where ink is not a digit and '.' where a decimal point is. */
    public String number() {
        StringBuilder s = new StringBuilder();
        int next = 0;
        List<Box> left = points.stream().sorted(java.util.Comparator.comparingInt(Box::x0)).toList();
        for (DigitReading d : digits) {
            while (next < left.size() && centre(left.get(next)) < centre(d.box())) {
                s.append('.');
                next++;
            }
            s.append(d.character());
        }
        s.append(".".repeat(left.size() - next));
        return s.toString();
    }

    private static double centre(Box b) {
        return (b.x0() + b.x1()) / 2.0;
    }

    /** The least sure place, by index. */
    public int weakest() {
        return IntStream.range(0, digits.size()).boxed()
                .min(Comparator.comparingDouble(i -> digits.get(i).confidence())).orElseThrow();
    }

    /**
     * The place in doubt: the least sure digit when it is not a sure one, else the first digit of a split in
     * doubt; empty when every digit and every cut is sure.
     */
    public Optional<Integer> inDoubt() {
        int i = weakest();
        if (digits.get(i).verdict().kind() != Verdict.Kind.DIGIT) {
            return Optional.of(i);
        }
        return splitDoubt.map(s -> s[0]);
    }

    /**
     * One line for people: "2026", "20?6 (the 3rd digit is not a digit: too small to read)", or "2026 (in
     * doubt: the 2nd to 3rd digits may be another number of digits)".
     */
    public String describe() {
        Optional<Integer> doubt = inDoubt();
        if (doubt.isEmpty()) {
            return number();
        }
        DigitReading d = digits.get(doubt.get());
        if (d.verdict().kind() == Verdict.Kind.DIGIT) {
            int[] s = splitDoubt.orElseThrow();
            String where = s[1] == 1 ? "the " + ordinal(s[0] + 1) + " digit may be two"
                    : "the " + ordinal(s[0] + 1) + " to " + ordinal(s[0] + s[1]) + " digits may be another number of digits";
            return number() + " (in doubt: " + where + ")";
        }
        if (digits.size() == 1 && d.verdict().kind() == Verdict.Kind.NOT_A_DIGIT) {
            return number() + " (not a digit: " + d.verdict().reason().orElse("") + ")";
        }
        String which = ordinal(doubt.get() + 1) + " digit";
        String what = d.verdict().kind() == Verdict.Kind.NOT_A_DIGIT
                ? "is not a digit: " + d.verdict().reason().orElse("")
                : String.format(java.util.Locale.ROOT, "is not sure: %d at %.0f%%", d.verdict().prediction().digit(),
                        100 * d.confidence());
        return number() + " (the " + which + " " + what + ")";
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}

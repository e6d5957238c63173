package app.digitpad.segment;

import app.digitpad.verdict.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A written number as read: its digits left to right. A number is only as sure as its least sure digit,
 * so {@link #inDoubt()} names that one when it is a "not sure" or "not a digit". Immutable.
 */
public record NumberReading(List<DigitReading> digits) {

    public NumberReading {
        digits = List.copyOf(digits);
    }

    /** The digit string, with '?' where ink is not a digit. */
    public String number() {
        StringBuilder s = new StringBuilder();
        digits.forEach(d -> s.append(d.character()));
        return s.toString();
    }

    /** The least sure place, by index. */
    public int weakest() {
        return IntStream.range(0, digits.size()).boxed()
                .min(Comparator.comparingDouble(i -> digits.get(i).confidence())).orElseThrow();
    }

    /** The place in doubt (the least sure, when it is not a sure digit), or empty when every digit is sure. */
    public Optional<Integer> inDoubt() {
        int i = weakest();
        return digits.get(i).verdict().kind() == Verdict.Kind.DIGIT ? Optional.empty() : Optional.of(i);
    }

    /** One line for people: "2026", or "20?6 (the 3rd digit is not a digit: too small to read)". */
    public String describe() {
        Optional<Integer> doubt = inDoubt();
        if (doubt.isEmpty()) {
            return number();
        }
        DigitReading d = digits.get(doubt.get());
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

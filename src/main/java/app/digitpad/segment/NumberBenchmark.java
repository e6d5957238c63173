package app.digitpad.segment;

import app.digitpad.segment.NumberLayouts.Gap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * How well {@link NumberReader} reads numbers made by {@link NumberLayouts}: per gap kind and length, the
 * share of strings read exactly (every digit right, none missing or extra) and of digits read right (a
 * place counts when the string has the right length and that place is right). Any thread.
 */
public final class NumberBenchmark {

    /**
     * The figures for one gap kind and one length; {@code rightInDoubt} and {@code wrongInDoubt} count the
     * strings read right and wrong that were flagged in doubt (a wrong string not flagged is the worst answer).
     */
    public record Cell(Gap gap, int length, int strings, int stringsRight, int digits, int digitsRight,
                       int rightInDoubt, int wrongInDoubt) {

        /** Wrong strings given without doubt, as a share of all strings. */
        public double sureAndWrong() {
            return (double) (strings - stringsRight - wrongInDoubt) / strings;
        }

        public double stringAccuracy() {
            return (double) stringsRight / strings;
        }

        public double digitAccuracy() {
            return (double) digitsRight / digits;
        }
    }

    /**
     * A number read wrong: what was written and what was read ("" when nothing was), whether the reading
     * said it was in doubt, and the index of each written digit in the set the numbers were made of.
     */
    public record Misread(Gap gap, int length, String truth, String read, boolean inDoubt, int[] sources) {
    }

    /** Numbers from this many digits ... */
    public static final int SHORTEST = 2;
    /** ... to this many. */
    public static final int LONGEST = 8;
    /** The bars are for numbers of 2 to this many digits. */
    public static final int BAR_LONGEST = 6;
    /** The benchmark's seed: the same numbers on every run. */
    public static final long SEED = 20261130;

    private NumberBenchmark() {
    }

    /** {@code perCell} numbers for every gap kind and every length from {@code minLength} to {@code maxLength}. */
    public static List<Cell> run(NumberReader reader, NumberSource layouts, long seed, int perCell,
                                 int minLength, int maxLength) {
        return run(reader, layouts, seed, perCell, minLength, maxLength, misread -> { });
    }

    /** As {@link #run(NumberReader, NumberSource, long, int, int, int)}, telling {@code misreads} each wrong string. */
    public static List<Cell> run(NumberReader reader, NumberSource layouts, long seed, int perCell,
                                 int minLength, int maxLength, Consumer<Misread> misreads) {
        List<Cell> cells = new ArrayList<>();
        for (Gap gap : Gap.values()) {
            for (int length = minLength; length <= maxLength; length++) {
                Random random = new Random(seed * 1_000 + gap.ordinal() * 100L + length);
                int right = 0;
                int digitsRight = 0;
                int[] doubted = new int[2];
                for (int i = 0; i < perCell; i++) {
                    NumberLayouts.Layout layout = layouts.make(random, length, gap);
                    Optional<NumberReading> reading = reader.read(layout.image());
                    String read = reading.map(NumberReading::number).orElse("");
                    boolean ok = read.equals(layout.truth());
                    boolean inDoubt = reading.flatMap(NumberReading::inDoubt).isPresent();
                    right += ok ? 1 : 0;
                    doubted[ok ? 0 : 1] += inDoubt ? 1 : 0;
                    if (!ok) {
                        misreads.accept(new Misread(gap, length, layout.truth(), read, inDoubt, layout.sources()));
                    }
                    digitsRight += placesRight(read, layout.truth());
                }
                cells.add(new Cell(gap, length, perCell, right, perCell * length, digitsRight, doubted[0], doubted[1]));
            }
        }
        return cells;
    }

    /** All cells of one gap kind with lengths in [from, to], summed. */
    public static Cell total(List<Cell> cells, Gap gap, int from, int to) {
        int strings = 0;
        int right = 0;
        int digits = 0;
        int digitsRight = 0;
        int rightInDoubt = 0;
        int wrongInDoubt = 0;
        for (Cell c : cells) {
            if (c.gap() == gap && c.length() >= from && c.length() <= to) {
                strings += c.strings();
                right += c.stringsRight();
                digits += c.digits();
                digitsRight += c.digitsRight();
                rightInDoubt += c.rightInDoubt();
                wrongInDoubt += c.wrongInDoubt();
            }
        }
        return new Cell(gap, 0, strings, right, digits, digitsRight, rightInDoubt, wrongInDoubt);
    }

    private static int placesRight(String read, String truth) {
        if (read.length() != truth.length()) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < truth.length(); i++) {
            n += read.charAt(i) == truth.charAt(i) ? 1 : 0;
        }
        return n;
    }
}

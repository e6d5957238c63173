package app.digitpad.cli;

import app.digitpad.segment.FontNumbers;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The ranges of the commands' count and duration options, checked as picocli reads them: a refused value is
 * "Invalid value for option '--rounds': '0' is not a whole number of at least 1", with the usage and exit
 * code 2, before anything runs. Unchecked, a count of 0 had made {@code bench} fail deep inside ("Index 0 out
 * of bounds", "/ by zero", "No value present"), {@code bench soak --minutes 0} print nothing and
 * {@code evaluate --numbers 0} print NaN. Training's own ranges are its config's ({@code TrainingConfig}).
 * Any thread.
 */
final class Counts {

    private Counts() {
    }

    /** A count: a whole number of at least 1. */
    public static final class AtLeastOne implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(value, 1);
        }
    }

    /** A count that may be none (warm-up iterations): a whole number of at least 0. */
    public static final class AtLeastZero implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(value, 0);
        }
    }

    /** A length of time: a number greater than 0. */
    public static final class MoreThanZero implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double x;
            try {
                x = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a number");
            }
            if (!(x > 0) || Double.isInfinite(x)) {
                throw new CommandLine.TypeConversionException(String.format(Locale.ROOT,
                        "'%s' is not a number greater than 0", value));
            }
            return x;
        }
    }

    /** A digit height for numbers drawn in fonts: whole pixels in {@link FontNumbers}' range. */
    public static final class DigitHeight implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return within(value, FontNumbers.MIN_HEIGHT, FontNumbers.MAX_HEIGHT, "'" + value + "' is not a whole "
                    + "number of pixels from " + FontNumbers.MIN_HEIGHT + " to " + FontNumbers.MAX_HEIGHT);
        }
    }

    private static int atLeast(String value, int least) {
        return within(value, least, Integer.MAX_VALUE, "'" + value + "' is not a whole number of at least " + least);
    }

    /** The whole number {@code value} names, if it lies in [least, most]; else picocli's usage error, {@code refusal}. */
    private static int within(String value, int least, int most, String refusal) {
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(refusal);
        }
        if (n < least || n > most) {
            throw new CommandLine.TypeConversionException(refusal);
        }
        return n;
    }
}

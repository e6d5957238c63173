package app.digitpad.ui.train;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One form field: the text the user types and, beside it, why that text is refused (empty when valid).
 * Validation runs on every keystroke so the reason appears at the field, not in a dialog after Start.
 */
public final class Field<T> {

    /** Parses text into a value or throws {@link IllegalArgumentException} with the reason. */
    @FunctionalInterface
    public interface Parser<T> extends Function<String, T> {
    }

    private final StringProperty text;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Parser<T> parser;

    public Field(String initial, Parser<T> parser) {
        this.parser = parser;
        this.text = new SimpleStringProperty(initial);
        text.addListener((obs, old, now) -> validate());
        validate();
    }

    /** The value, or empty when the text is refused. */
    public Optional<T> value() {
        try {
            return Optional.ofNullable(parser.apply(text.get() == null ? "" : text.get().strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void validate() {
        try {
            parser.apply(text.get() == null ? "" : text.get().strip());
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** An integer within [min, max]; blank allowed (as null) only when {@code optional}. */
    static Parser<Integer> integer(String what, int min, int max, boolean optional) {
        return s -> {
            if (s.isEmpty() && optional) {
                return null;
            }
            int v;
            try {
                v = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a whole number");
            }
            if (v < min || v > max) {
                throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
            }
            return v;
        };
    }

    /** A finite number strictly between the bounds. */
    static Parser<Double> number(String what, double minExclusive, double maxExclusive) {
        return s -> {
            double v;
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a number, like 0.001");
            }
            if (!Double.isFinite(v) || v <= minExclusive || v >= maxExclusive) {
                throw new IllegalArgumentException(what + " must be greater than " + minExclusive
                        + " and less than " + maxExclusive);
            }
            return v;
        };
    }
}

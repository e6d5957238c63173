package app.digitpad.ui.shared;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status line's word on what was just done ("Saved as 4 in My digits", "Saved the drawing as one.png").
 * A notice is news only for a moment: the status bar lets it fade {@link #LINGER_MILLIS} after it was posted
 * ({@link #expire}), unless a newer one came meanwhile. Errors are not notices: they stay until dealt with.
 * FX thread.
 */
public final class Notices {

    /** How long a notice stays: long enough to read a sentence twice. */
    public static final long LINGER_MILLIS = 6_000;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper posted = new ReadOnlyLongWrapper();

    /** Shows {@code message} now; the same words posted twice count as two notices. */
    public void post(String message) {
        text.set(message);
        posted.set(posted.get() + 1);
    }

    /** Ends notice number {@code ticket} (a value of {@link #postedProperty}) unless a newer one was posted. */
    public void expire(long ticket) {
        if (ticket == posted.get()) {
            text.set("");
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** How many notices were posted so far: a new value is a new notice. */
    public ReadOnlyLongProperty postedProperty() {
        return posted.getReadOnlyProperty();
    }
}

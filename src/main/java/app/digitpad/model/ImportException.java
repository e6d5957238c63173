package app.digitpad.model;

/** A model file from another framework that DigitPad cannot use: the message says why and what to do. */
public class ImportException extends Exception {

    public ImportException(String reason) {
        super(reason);
    }
}

package app.digitpad.model;

/** A network DigitPad cannot write in another framework's format: the message names the layer and why. */
public class ExportException extends Exception {

    public ExportException(String reason) {
        super(reason);
    }
}

package app.digitpad.ui.shared;

/** What the menus (Edit, and File's load and save) and the keyboard do to whichever pad is in front. FX thread. */
public interface PadCommands {

    /** Removes the last stroke. */
    void undo();

    /** Empties the pad. */
    void clear();

    /** Puts an image (already turned into ink) on the pad and reads it. */
    void loadImage(app.digitpad.preprocess.GrayImage ink);

    /** What the pad holds, painted as File ▸ Save drawing writes it (ink white on black, the pad's size). */
    java.awt.image.BufferedImage picture();
}

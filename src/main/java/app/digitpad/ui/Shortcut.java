package app.digitpad.ui;

import java.util.Optional;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut the window has, in one place: the menus take their accelerators from here and
 * Help ▸ Keyboard shortcuts lists them from here, so the two cannot drift apart. The pad's own keys (Esc,
 * Delete, Ctrl+digit) are handled by the Draw page and only described here. FX thread.
 */
enum Shortcut {

    OPEN_MODEL("Shortcut+O", null, "Open a model checkpoint (File)"),
    LOAD_IMAGE("Shortcut+L", null, "Load an image onto the pad (File)"),
    SAVE_DRAWING("Shortcut+S", null, "Save the drawing as a PNG (File)"),
    QUIT("Shortcut+Q", null, "Quit (File)"),
    UNDO("Shortcut+Z", null, "Undo the last stroke; on My digits, the last delete or relabel (Edit)"),
    NUMBER_MODE("Shortcut+N", null, "Number mode on and off: write several digits (View)"),
    CLEAR(null, "Esc, Delete", "Clear the pad (Draw)"),
    LABEL(null, "Ctrl+0 … Ctrl+9", "Save the drawing in My digits as that digit (Draw)"),
    NEXT_TAB(null, "Ctrl+Tab, Ctrl+Shift+Tab", "Next and previous tab"),
    MENUS(null, "F10", "Open the menus; then arrows and Enter");

    private final String accelerator;
    private final String keys;
    private final String action;

    Shortcut(String accelerator, String keys, String action) {
        this.accelerator = accelerator;
        this.keys = keys;
        this.action = action;
    }

    /** The menu accelerator, for shortcuts a menu item carries. */
    Optional<KeyCombination> combination() {
        return Optional.ofNullable(accelerator).map(KeyCombination::keyCombination);
    }

    /** The keys as this platform writes them ("Ctrl+O"; "⌘O" on a Mac). */
    String keys() {
        return combination().map(KeyCombination::getDisplayText).orElse(keys);
    }

    String action() {
        return action;
    }
}

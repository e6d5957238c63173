package app.digitpad.ui.shared;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * One screen of the window. The shell keeps the pages in one list and shows each as a tab, so adding a
 * screen is adding a page to that list; a page asks for another one through the {@link Navigator}, never
 * through the tab pane. FX thread.
 */
public interface Page {

    /** The tab's title. */
    String title();

    /** The page's content. */
    Node node();

    /** The page came to the front (also when the window opens on it). */
    default void shown() {
    }

    /** Another page came to the front. */
    default void hidden() {
    }

    /** Edit ▸ Undo (Ctrl+Z) while this page is in front; false leaves it to the pad (its last stroke). */
    default boolean undoLast() {
        return false;
    }

    /** A key pressed anywhere in the window while this page is in front; true when the page used it. */
    default boolean keyPressed(KeyEvent event) {
        return false;
    }
}

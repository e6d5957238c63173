package app.digitpad.ui.shared;

import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * A thumbnail a user picks (a training mistake, a disagreement of two models, one of My digits): with the
 * mouse, or with Tab and then Enter or Space, with a visible focus ring and a name a screen reader says, so
 * no list of digits is for mouse users only. FX thread.
 */
public final class PickTile extends VBox {

    /** The tiles' look: added once by the window that holds them (not per tile: a list may hold hundreds). */
    public static final String STYLESHEET = PickTile.class.getResource("pick-tile.css").toExternalForm();

    private final Runnable onPick;

    /** {@code name}: what a screen reader says for it; {@code onPick}: what a click, Enter or Space does. */
    public PickTile(Node picture, Node caption, String name, Runnable onPick) {
        super(2, picture, caption);
        this.onPick = onPick;
        setAlignment(Pos.CENTER);
        getStyleClass().add("pick-tile");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(name);
        setOnMouseClicked(e -> {
            requestFocus();
            onPick.run();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                onPick.run();
            }
        });
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            onPick.run();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}

package app.digitpad.ui.draw;

import app.digitpad.ui.shared.Navigator;
import app.digitpad.ui.shared.PadCommands;
import app.digitpad.ui.shared.Page;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The Draw tab: the digit pad, or with Number mode on the wide number pad in its place. It answers the
 * navigator's {@link Navigator.ShowOnPad} (a mistake, a compared case), the Edit menu's pad commands and
 * the pad's keys (Esc and Delete clear, Ctrl+digit labels). File ▸ Load image and Save drawing work on the pad
 * in front: in number mode an image is read as a number. FX thread.
 */
public final class DrawPage implements Page, PadCommands {

    private final DrawView draw;
    private final Node numberPad;
    private final PadCommands numberCommands;
    private final ToggleButton numberMode = new ToggleButton("Number mode");
    private final BorderPane node;

    /** {@code numberPad}: the number pad's view, {@code numberCommands} its undo and clear. */
    public DrawPage(DrawView draw, Node numberPad, PadCommands numberCommands, Navigator navigator) {
        this.draw = draw;
        this.numberPad = numberPad;
        this.numberCommands = numberCommands;
        numberMode.setId("number-mode");
        numberMode.setTooltip(new Tooltip("Write several digits on a wide pad and read them as a number"));
        draw.visibleProperty().bind(numberMode.selectedProperty().not());
        numberPad.visibleProperty().bind(numberMode.selectedProperty());
        HBox bar = new HBox(8, numberMode);
        bar.setPadding(new Insets(6, 12, 0, 12));
        node = new BorderPane(new StackPane(draw, numberPad), bar, null, null, null);
        navigator.listen(request -> {
            if (request instanceof Navigator.ShowOnPad onPad) {
                numberMode.setSelected(false);
                draw.model().loadImage(onPad.image());
                navigator.show(DrawPage.class);
            }
        });
    }

    @Override
    public String title() {
        return "Draw";
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.DELETE) {
            clear();
            return true;
        }
        if (e.isShortcutDown() && e.getCode().isDigitKey() && !numberMode.isSelected()) {
            draw.label(e.getCode().getCode() - (e.getCode().isKeypadKey() ? KeyCode.NUMPAD0.getCode()
                    : KeyCode.DIGIT0.getCode()));
            return true;
        }
        return false;
    }

    @Override
    public void undo() {
        if (numberMode.isSelected()) {
            numberCommands.undo();
        } else {
            draw.model().undo();
        }
    }

    @Override
    public void clear() {
        if (numberMode.isSelected()) {
            numberCommands.clear();
        } else {
            draw.model().clear();
        }
    }

    @Override
    public void loadImage(app.digitpad.preprocess.GrayImage ink) {
        if (numberMode.isSelected()) {
            numberCommands.loadImage(ink);
        } else {
            draw.model().loadImage(ink);
        }
    }

    /** File ▸ Load image: onto the pad in front (in number mode it is read as a number). */
    public void chooseImage() {
        draw.chooseImage(this::loadImage);
    }

    @Override
    public java.awt.image.BufferedImage picture() {
        return numberMode.isSelected() ? numberCommands.picture() : draw.picture();
    }

    /** File ▸ Save drawing: the pad in front, the number pad as {@code number.png}. */
    public void chooseSave() {
        draw.chooseSave(picture(), numberMode.isSelected() ? "number.png" : "digit.png");
    }

    /** Number mode on (the number pad in the digit pad's place); the View menu's check item binds to it. */
    public javafx.beans.property.BooleanProperty numberModeProperty() {
        return numberMode.selectedProperty();
    }

    /** The digit pad's view, for the File menu's load and save. */
    public DrawView draw() {
        return draw;
    }
}

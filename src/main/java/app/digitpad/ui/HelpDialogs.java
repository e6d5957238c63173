package app.digitpad.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard shortcuts (the table of every {@link Shortcut}) and Help ▸ Getting started (the app's
 * main flow in six steps). Both are non-modal, so a user can try a step with the dialog open. FX thread.
 */
final class HelpDialogs {

    /** The six steps, in the order a new user meets them. */
    static final String[] STEPS = {
        "Draw a digit on the black pad with the mouse. The bars show how sure the model is of each digit.",
        "If it read your digit wrong, click \"It's a\" and the right digit (or press Ctrl and the digit): "
                + "the drawing is saved in My digits.",
        "After a dozen or so of your digits, open My digits and click \"Teach the drawing model my digits\". "
                + "The table shows how the taught model (the child) reads your held-out digits.",
        "\"Compare parent and child on the pad\" draws with both: the bars show where they differ.",
        "Explain shows why the model answered: what it was given, which ink argued for the answer, the "
                + "training digits it finds most alike; with Number mode on, one digit of the number at a time.",
        "Number mode (Ctrl+N) reads several digits written side by side, or a number in an image loaded there "
                + "(Ctrl+L); Train trains a model of your own on MNIST.",
    };

    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        GridPane table = new GridPane();
        table.setId("shortcuts-table");
        table.setHgap(24);
        table.setVgap(6);
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            Label keys = new Label(s.keys());
            keys.setStyle("-fx-font-weight: bold;");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(s.action());
            action.setWrapText(true);
            action.setMaxWidth(420);
            action.setMinHeight(Region.USE_PREF_SIZE);
            table.addRow(row++, keys, action);
        }
        show(owner, "Keyboard shortcuts", "Every shortcut DigitPad has", table, "shortcuts-dialog");
    }

    static void gettingStarted(Window owner) {
        VBox steps = new VBox(8);
        steps.setId("getting-started-steps");
        for (int i = 0; i < STEPS.length; i++) {
            Label step = new Label((i + 1) + ".  " + STEPS[i]);
            step.setWrapText(true);
            step.setMaxWidth(520);
            steps.getChildren().add(step);
        }
        show(owner, "Getting started", "DigitPad in six steps", steps, "getting-started-dialog");
    }

    private static void show(Window owner, String title, String header, javafx.scene.Node content, String id) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        VBox box = new VBox(content);
        box.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.show();
    }
}

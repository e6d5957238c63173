package app.digitpad.ui.about;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ About: the report as selectable text and a button that copies it, for pasting into a bug report.
 * Only binds to {@link AboutModel}. FX thread.
 */
public final class AboutView {

    private final AboutModel model;
    private Dialog<Void> open;

    public AboutView(AboutModel model) {
        this.model = model;
    }

    /** Opens the dialog (not modal) and refreshes the report behind it; a second call brings the open one forward. */
    public void show(Window owner) {
        if (open != null && open.isShowing()) {
            ((Stage) open.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        TextArea report = new TextArea();
        report.setId("about-text");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefSize(720, 300);
        report.textProperty().bind(model.textProperty());
        Button copy = new Button("Copy to clipboard");
        copy.setId("about-copy");
        copy.disableProperty().bind(model.textProperty().isEqualTo(AboutModel.COLLECTING));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("About DigitPad");
        dialog.setHeaderText("DigitPad: what to paste into a bug report");
        dialog.getDialogPane().setId("about-dialog");
        dialog.getDialogPane().setContent(new VBox(8, report, copy));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        model.refresh();
        open = dialog;
        dialog.show();
    }
}

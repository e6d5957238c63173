package app.digitpad.ui.shared;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;

/**
 * "Download MNIST (11 MB)" and "Choose…" where a screen found MNIST missing (teaching, comparing), shown while
 * {@code needed} holds: the user gets it there and the work goes on, instead of an error naming a CLI command.
 * FX thread.
 */
public final class MnistOffer {

    private MnistOffer() {
    }

    /**
     * The row; ids are {@code <prefix>-needs-mnist}, {@code <prefix>-download-mnist}, {@code <prefix>-choose-mnist}.
     * {@code why}: a sentence before the buttons, or null when the screen says it elsewhere.
     */
    public static HBox row(String prefix, String why, ObservableBooleanValue needed, Runnable download,
                           Consumer<Path> choose) {
        Button get = new Button("Download MNIST (11 MB)");
        get.setId(prefix + "-download-mnist");
        get.setMinWidth(Region.USE_PREF_SIZE);
        get.setOnAction(e -> download.run());
        Button pick = new Button("Choose…");
        pick.setId(prefix + "-choose-mnist");
        pick.setMinWidth(Region.USE_PREF_SIZE);
        pick.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("MNIST folder");
            File dir = chooser.showDialog(pick.getScene().getWindow());
            if (dir != null) {
                choose.accept(dir.toPath());
            }
        });
        HBox offer = new HBox(8, get, pick);
        if (why != null) {
            Label text = new Label(why);
            text.setWrapText(true);
            offer.getChildren().add(0, text);
        }
        offer.setAlignment(Pos.CENTER_LEFT);
        offer.setId(prefix + "-needs-mnist");
        offer.visibleProperty().bind(needed);
        offer.managedProperty().bind(offer.visibleProperty());
        return offer;
    }
}

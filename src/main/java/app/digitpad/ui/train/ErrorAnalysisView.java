package app.digitpad.ui.train;

import app.digitpad.inference.ErrorAnalysis;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.InkImages;
import app.digitpad.ui.shared.PickTile;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * After a run: the 10x10 confusion matrix as a heat map (counts; rows actual, columns predicted) and a
 * gallery of the most confident mistakes. Clicking a mistake hands its image to {@code onPick}. It scrolls
 * when its tab is small; without a finished run it says why it is empty.
 */
final class ErrorAnalysisView extends ScrollPane {

    private final GridPane heat = new GridPane();
    private final FlowPane gallery = new FlowPane(6, 6);

    ErrorAnalysisView(TrainModel model, BiConsumer<ErrorAnalysis.Mistake, float[]> onPick) {
        heat.setId("confusion");
        heat.setHgap(1);
        heat.setVgap(1);
        gallery.setId("mistakes");
        gallery.setPrefWrapLength(520);
        ScrollPane scroll = new ScrollPane(gallery);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);
        VBox left = new VBox(4, caption("Confusion matrix (rows: actual, columns: predicted)"), heat);
        left.setMinWidth(Region.USE_PREF_SIZE);
        VBox right = new VBox(4, caption("Most confident mistakes (click one to put it on the pad)"), scroll);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox results = new HBox(16, left, right);
        results.visibleProperty().bind(model.analysisProperty().isNotNull());
        results.managedProperty().bind(results.visibleProperty());
        Label empty = new Label();
        empty.setId("errors-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(() -> emptyText(model.stateProperty().get()),
                model.stateProperty()));
        empty.visibleProperty().bind(model.analysisProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        VBox content = new VBox(empty, results);
        content.setPadding(new Insets(8));
        setContent(content);
        setId("errors");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        model.analysisProperty().addListener((obs, old, report) -> show(report, model, onPick));
    }

    /** Why there is nothing to show yet. */
    static String emptyText(TrainModel.State state) {
        return switch (state) {
            case RUNNING, PAUSED, STOPPING -> "The confusion matrix and the most confident mistakes show here when "
                    + "the run ends.";
            case STOPPED -> "This run was stopped before its last epoch, so its mistakes were not measured: "
                    + "a run that finishes shows them here.";
            case FAILED -> "This run failed (see Log); nothing was measured.";
            default -> "After a training run, its mistakes on the test set show here.";
        };
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void show(ErrorAnalysis.Report report, TrainModel model, BiConsumer<ErrorAnalysis.Mistake, float[]> onPick) {
        heat.getChildren().clear();
        gallery.getChildren().clear();
        if (report == null) {
            return;
        }
        int max = 1;
        for (int a = 0; a < 10; a++) {
            for (int p = 0; p < 10; p++) {
                if (a != p) {
                    max = Math.max(max, report.confusion()[a][p]);
                }
            }
        }
        for (int d = 0; d < 10; d++) {
            heat.add(header(Integer.toString(d)), d + 1, 0);
            heat.add(header(Integer.toString(d)), 0, d + 1);
        }
        for (int a = 0; a < 10; a++) {
            for (int p = 0; p < 10; p++) {
                heat.add(cell(report.confusion()[a][p], a == p, max), p + 1, a + 1);
            }
        }
        for (ErrorAnalysis.Mistake m : report.mistakes()) {
            float[] image = model.testImage(m.index());
            Label caption = new Label(String.format(Locale.ROOT, "%d → %d (%.0f%%)", m.actual(), m.predicted(),
                    100 * m.confidence()));
            ImageView view = new ImageView(InkImages.toImage(new GrayImage(28, 28, image)));
            view.setFitWidth(56);
            view.setFitHeight(56);
            view.setSmooth(false);
            String what = "test image #" + m.index() + ": a " + m.actual() + " read as " + m.predicted();
            PickTile tile = new PickTile(view, caption, what + ". Puts it on the pad.", () -> onPick.accept(m, image));
            tile.getStyleClass().add("mistake");
            Tooltip.install(tile, new Tooltip(what));
            gallery.getChildren().add(tile);
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setMinSize(42, 22);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private static Label cell(int count, boolean diagonal, int maxOff) {
        Label l = new Label(Integer.toString(count));
        l.setMinSize(42, 22);
        l.setAlignment(Pos.CENTER);
        double t = diagonal ? 0.35 : Math.log1p(count) / Math.log1p(maxOff);
        Color c = diagonal ? Color.web("#2da44e", 0.35) : Color.web("#cf222e", 0.08 + 0.8 * t);
        l.setStyle("-fx-background-color: " + toWeb(c) + ";");
        return l;
    }

    private static String toWeb(Color c) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255), c.getOpacity());
    }
}

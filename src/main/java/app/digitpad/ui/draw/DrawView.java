package app.digitpad.ui.draw;

import app.digitpad.data.IoMessages;
import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.ImageFiles;
import app.digitpad.ui.shared.AppModel;
import app.digitpad.ui.shared.ProbabilityChart;
import app.digitpad.verdict.Verdict;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Draw tab: the pad, its tools, the answer, the bars and what the network sees. It only binds to
 * {@link DrawModel} and forwards clicks; file choosing and the background tasks for image files are the
 * only work it does itself.
 */
public final class DrawView extends BorderPane {

    private final DrawModel model;
    private final AppModel app;
    private final Executor background;
    private final PadCanvas pad;
    private final ProbabilityChart chart = new ProbabilityChart();
    private final NetworkInputView input = new NetworkInputView();
    private final IntConsumer onLabel;
    /** The comparison line wraps within the answer column rather than being cut off. */
    private static final double VERDICT_WIDTH = 340;
    /** The bar chart shrinks to this in a short window before the answer column scrolls: ten bars still read. */
    private static final double CHART_MIN_HEIGHT = 170;
    private static final javafx.css.PseudoClass DISAGREE = javafx.css.PseudoClass.getPseudoClass("disagree");

    /** {@code onLabel}: the user says what the digit on the pad really is (a bar, a button, Ctrl+0…9). */
    public DrawView(DrawModel model, AppModel app, Executor background, IntConsumer onLabel) {
        this.model = model;
        this.app = app;
        this.background = background;
        this.onLabel = onLabel;
        this.pad = new PadCanvas(model);
        getStyleClass().add("draw-view");
        getStylesheets().add(DrawView.class.getResource("draw.css").toExternalForm());
        setCenter(padColumn());
        setRight(scrollingColumn(answerColumn()));
        model.verdictProperty().addListener((obs, old, v) -> chart.show(v == null ? null : v.prediction(),
                v != null && v.kind() == Verdict.Kind.NOT_A_DIGIT));
        model.comparisonProperty().addListener((obs, old, p) -> chart.showCompared(p));
        app.comparison().activeProperty().addListener((obs, old, now) -> updateLegend());
        app.activeProperty().addListener((obs, old, now) -> updateLegend());
        model.networkInputProperty().addListener((obs, old, in) -> input.show(in));
        pad.canvas().accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Drawing pad. " + model.headlineProperty().get() + ". " + model.detailProperty().get(),
                model.headlineProperty(), model.detailProperty()));
        model.detailProperty().addListener((obs, old, now) ->
                pad.canvas().notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT));
    }

    private VBox padColumn() {
        Slider brush = new Slider(Stroke.MIN_WIDTH, Stroke.MAX_WIDTH, Stroke.DEFAULT_WIDTH);
        brush.setId("brush");
        brush.valueProperty().bindBidirectional(model.brushProperty());
        brush.setTooltip(new Tooltip("Brush size"));
        brush.setAccessibleText("Brush size");
        Button undo = button("undo", "Undo", "Remove the last stroke (Ctrl+Z)", model::undo);
        Button clear = button("clear", "Clear", "Empty the pad (Esc or Delete)", model::clear);
        Button load = button("load-image", "Load image…", "Put a PNG/JPEG on the pad",
                () -> chooseImage(model::loadImage));
        Button save = button("save-image", "Save PNG…", "Save the drawing as a PNG",
                () -> chooseSave(picture(), "digit.png"));
        HBox brushBox = new HBox(8, new Label("Brush"), brush);
        brushBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane tools = new FlowPane(8, 6, brushBox, undo, clear, load, save);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPrefWrapLength(PadRaster.SIZE);
        VBox column = new VBox(10, pad, tools);
        VBox.setVgrow(pad, Priority.ALWAYS);
        column.setPadding(new Insets(12));
        return column;
    }

    /**
     * The answer column scrolls on its own when the window is short, so the pad column alone sets how short
     * the page may be: the pad stays square and whole and its tools stay in view down to 800x600. The bar chart
     * takes the column's spare height and gives it back down to {@link #CHART_MIN_HEIGHT}, so the column fits
     * the first window (1180x800) without a scroll bar.
     */
    private static ScrollPane scrollingColumn(VBox column) {
        ScrollPane scroll = new ScrollPane(column);
        scroll.setId("answer-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(Region.USE_PREF_SIZE);
        scroll.setPrefViewportWidth(column.getPrefWidth());
        return scroll;
    }

    private VBox answerColumn() {
        Label headline = new Label();
        headline.setId("headline");
        headline.getStyleClass().add("headline");
        headline.textProperty().bind(model.headlineProperty());
        Label detail = new Label();
        detail.setId("detail");
        detail.textProperty().bind(model.detailProperty());
        detail.setWrapText(true); // a reason ("not a digit: ink in hundreds of specks, ...") is read whole
        detail.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        Label latency = new Label();
        latency.getStyleClass().add("latency");
        latency.textProperty().bind(model.latencyMillisProperty().map(ms -> Double.isNaN(ms.doubleValue()) ? ""
                : String.format(Locale.ROOT, "answered in %.1f ms", ms.doubleValue())));
        chart.setPrefSize(360, 260);
        chart.setMinHeight(CHART_MIN_HEIGHT);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label sees = new Label("What the network sees (28x28)");
        sees.getStyleClass().add("caption");
        chart.onBarClicked(this::label);
        VBox column = new VBox(6, headline, detail, comparisonRow(), chart, labelRow(), sees, input, latency);
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(12));
        column.setPrefWidth(380);
        return column;
    }

    /** While comparing: what the second model says, whether the two agree, and a way to stop. */
    private VBox comparisonRow() {
        Label verdict = new Label();
        verdict.setId("compare-verdict");
        verdict.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::verdictText,
                model.predictionProperty(), model.comparisonProperty(), app.comparison().activeProperty()));
        model.comparisonProperty().addListener((obs, old, now) ->
                verdict.pseudoClassStateChanged(DISAGREE, model.disagree()));
        model.predictionProperty().addListener((obs, old, now) ->
                verdict.pseudoClassStateChanged(DISAGREE, model.disagree()));
        verdict.setWrapText(true);
        verdict.setMaxWidth(VERDICT_WIDTH);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        Button stop = button("stop-compare", "Stop comparing", "Draw with one model again",
                () -> app.comparison().clear());
        stop.getStyleClass().add("small");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        VBox row = new VBox(4, verdict, stop);
        row.setAlignment(Pos.CENTER);
        row.visibleProperty().bind(app.comparison().activeProperty().isNotNull());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void updateLegend() {
        var drawing = app.activeProperty().get();
        var compared = app.comparison().activeProperty().get();
        chart.compareWith(drawing == null ? "drawing model" : drawing.fileName(),
                compared == null ? null : compared.fileName());
    }

    private String verdictText() {
        var compared = app.comparison().activeProperty().get();
        if (compared == null) {
            return "";
        }
        var p = model.comparisonProperty().get();
        if (p == null) {
            return "Compared with " + compared.fileName();
        }
        return (model.disagree() ? "They disagree: " : "They agree: ") + compared.fileName() + " says " + p.digit()
                + String.format(Locale.ROOT, " (%.0f%%)", 100 * p.confidence());
    }

    /** "It's a: 0 … 9": saves the pad's digit under that label in My digits. */
    private HBox labelRow() {
        HBox row = new HBox(3);
        row.setAlignment(Pos.CENTER);
        Label say = new Label("It's a");
        row.getChildren().add(say);
        for (int d = 0; d < 10; d++) {
            int digit = d;
            Button b = button("label-" + d, Integer.toString(d), "Save this drawing as a " + d + " in My digits (Ctrl+"
                    + d + ")", () -> label(digit));
            b.getStyleClass().addAll("label-button", "small");
            b.setAccessibleText("It's a " + d + ": save this drawing as a " + d + " in My digits");
            row.getChildren().add(b);
        }
        return row;
    }

    /** Says what the digit on the pad is; nothing happens while the pad is empty. */
    public void label(int digit) {
        if (model.networkInputProperty().get() != null) {
            onLabel.accept(digit);
        }
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Asks for an image file, reads it in the background and hands it to {@code onto} (a pad's load). */
    public void chooseImage(Consumer<GrayImage> onto) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load an image onto the pad");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg",
                "*.gif", "*.bmp"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            loadImage(file.toPath(), onto);
        }
    }

    /** Reads an image off the FX thread onto the digit pad; a file that is not an image is reported, the pad kept. */
    public Task<GrayImage> loadImage(Path file) {
        return loadImage(file, model::loadImage);
    }

    /** Reads an image off the FX thread and hands it to {@code onto}; a file that is not an image is reported. */
    public Task<GrayImage> loadImage(Path file, Consumer<GrayImage> onto) {
        Task<GrayImage> task = new Task<>() {
            @Override
            protected GrayImage call() throws Exception {
                return ImageFiles.read(file);
            }
        };
        task.setOnSucceeded(e -> onto.accept(task.getValue()));
        task.setOnFailed(e -> app.reportError(IoMessages.describe(task.getException())));
        background.execute(task);
        return task;
    }

    /**
     * Asks where to save {@code picture} (a pad's drawing, {@code name} suggested) and writes it in the
     * background, atomically.
     */
    public void chooseSave(java.awt.image.BufferedImage picture, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the drawing");
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            save(picture, file.toPath());
        }
    }

    /** The digit pad's drawing, as it is saved. */
    public java.awt.image.BufferedImage picture() {
        return model.picture();
    }

    public Task<Void> save(Path file) {
        return save(picture(), file);
    }

    private Task<Void> save(java.awt.image.BufferedImage picture, Path file) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                ImageFiles.writePng(picture, file);
                return null;
            }
        };
        task.setOnSucceeded(e -> app.notices().post("Saved the drawing (" + picture.getWidth() + "x" + picture.getHeight()
                + ") as " + file));
        task.setOnFailed(e -> app.reportError("Could not save " + file + ": " + IoMessages.describe(task.getException())));
        background.execute(task);
        return task;
    }

    public DrawModel model() {
        return model;
    }

    ProbabilityChart chart() {
        return chart;
    }
}

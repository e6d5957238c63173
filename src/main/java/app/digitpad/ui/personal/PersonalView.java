package app.digitpad.ui.personal;

import app.digitpad.personal.FineTuner;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.InkImages;
import app.digitpad.ui.shared.MnistOffer;
import app.digitpad.ui.shared.PickTile;
import app.digitpad.ui.shared.Page;
import app.digitpad.ui.shared.TrainCharts;
import app.digitpad.verdict.Verdict;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The "My digits" tab: the personal set by digit as thumbnails, each with what the drawing model reads now
 * (wrong ones marked), delete and relabel for the selected one, and "teach it" with its before/after table.
 * It binds to {@link PersonalModel} and {@link FineTuneModel} and forwards clicks.
 */
public final class PersonalView extends BorderPane implements Page {

    private static final double TILE = 56;
    /**
     * The fine-tune's charts: beside the gallery, shrinking before the controls below them do; their titles name
     * the figure, so their y axes have no label (at 1024x600 it was cut to "l…").
     */
    private static final double CHART_WIDTH = 340;
    private static final double CHART_HEIGHT = 220;
    private static final double CHART_MIN_HEIGHT = 120;
    private final PersonalModel model;
    private final ObjectProperty<PersonalModel.Row> selected = new SimpleObjectProperty<>();
    private final VBox groups = new VBox(10);

    public PersonalView(PersonalModel model, FineTuneModel fineTune) {
        this.model = model;
        getStyleClass().add("personal-view");
        getStylesheets().add(PersonalView.class.getResource("personal.css").toExternalForm());
        Label counts = new Label();
        counts.setId("personal-counts");
        counts.textProperty().bind(Bindings.createStringBinding(this::countsText, model.rows()));
        Label notice = new Label();
        notice.setId("personal-notice");
        notice.textProperty().bind(model.noticeProperty());
        Label hint = new Label("Draw on the Draw tab, then click \"It's a\" and the right digit (or press Ctrl+0…9) "
                + "to save it here. Digits the drawing model reads wrong are marked red.");
        hint.setWrapText(true);
        VBox top = new VBox(4, counts, notice, hint);
        top.setPadding(new Insets(12, 12, 0, 12));
        setTop(top);
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        groups.setPadding(new Insets(8));
        setCenter(scroll);
        setBottom(new VBox(8, actions(), new FineTuneView(fineTune)));
        TrainCharts charts = new TrainCharts(fineTune.charts(), "fine-tune-");
        for (var chart : java.util.List.of(charts.loss(), charts.accuracy())) {
            chart.setPrefSize(CHART_WIDTH, CHART_HEIGHT);
            chart.setMinHeight(CHART_MIN_HEIGHT);
            chart.getYAxis().setLabel(null);
        }
        VBox chartColumn = new VBox(4, charts.loss(), charts.accuracy());
        chartColumn.setId("fine-tune-charts");
        chartColumn.setPadding(new Insets(8, 12, 0, 0));
        chartColumn.visibleProperty().bind(fineTune.stateProperty().isNotEqualTo(FineTuneModel.State.IDLE));
        chartColumn.managedProperty().bind(chartColumn.visibleProperty());
        setRight(chartColumn);
        model.rows().addListener((ListChangeListener<PersonalModel.Row>) c -> fill());
    }

    private String countsText() {
        int[] counts = new int[10];
        int wrong = 0;
        for (PersonalModel.Row r : model.rows()) {
            counts[r.digit().label()]++;
            wrong += r.wrongNow() ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < 10; d++) {
            sb.append(d).append(": ").append(counts[d]).append("   ");
        }
        int all = model.rows().size();
        return sb + String.format(Locale.ROOT, "·  %d digit%s, %d read wrong by the drawing model", all,
                all == 1 ? "" : "s", wrong);
    }

    private HBox actions() {
        Label which = new Label();
        which.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? "Select a digit"
                : "Selected: a " + selected.get().digit().label(), selected));
        Button delete = new Button("Delete");
        delete.setId("personal-delete");
        delete.disableProperty().bind(selected.isNull());
        delete.setOnAction(e -> {
            model.delete(selected.get());
            selected.set(null);
        });
        MenuButton relabel = new MenuButton("Relabel as…");
        relabel.setId("personal-relabel");
        for (int d = 0; d < 10; d++) {
            int label = d;
            MenuItem item = new MenuItem(Integer.toString(d));
            item.setId("personal-relabel-" + d);
            item.setOnAction(e -> {
                if (selected.get() != null) {
                    model.relabel(selected.get(), label);
                    selected.set(null);
                }
            });
            relabel.getItems().add(item);
        }
        relabel.disableProperty().bind(selected.isNull());
        Button undo = new Button("Undo");
        undo.setId("personal-undo");
        undo.disableProperty().bind(model.undoProperty().isEmpty());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(model.undoProperty().map(what -> "Take back the " + what + " (Ctrl+Z)"));
        undo.setTooltip(undoTip);
        undo.setOnAction(e -> model.undo());
        Button importButton = new Button("Import…");
        importButton.setId("personal-import");
        importButton.setTooltip(new Tooltip(
                "A folder of images named with their label first (7_0001.png), or an IDX pair"));
        importButton.setOnAction(e -> chooseFolder("Import digits from a folder").ifPresent(model::importFrom));
        Button exportButton = new Button("Export…");
        exportButton.setId("personal-export");
        exportButton.setTooltip(new Tooltip("Writes an IDX pair and labelled PNGs"));
        exportButton.setOnAction(e -> chooseFolder("Export My digits to a folder").ifPresent(model::exportTo));
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, which, delete, relabel, undo, gap, importButton, exportButton);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 12, 0, 12));
        return box;
    }

    private java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        java.io.File dir = chooser.showDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(dir).map(java.io.File::toPath);
    }

    /** One row of tiles per digit that has any. */
    private void fill() {
        groups.getChildren().clear();
        for (int d = 0; d < 10; d++) {
            FlowPane tiles = new FlowPane(6, 6);
            for (PersonalModel.Row r : model.rows()) {
                if (r.digit().label() == d) {
                    tiles.getChildren().add(tile(r));
                }
            }
            if (!tiles.getChildren().isEmpty()) {
                Label head = new Label(Integer.toString(d));
                head.getStyleClass().add("digit-head");
                HBox row = new HBox(10, head, tiles);
                HBox.setHgrow(tiles, Priority.ALWAYS);
                groups.getChildren().add(row);
            }
        }
    }

    private PickTile tile(PersonalModel.Row r) {
        ImageView image = new ImageView(InkImages.toImage(
                new GrayImage(DigitNormalizer.SIDE, DigitNormalizer.SIDE, r.digit().savedInput())));
        image.setSmooth(false);
        image.setFitWidth(TILE);
        image.setFitHeight(TILE);
        Label reads = new Label(tileText(r.now()));
        PickTile[] tile = new PickTile[1];
        tile[0] = new PickTile(image, reads, "A " + r.digit().label() + ", " + tileText(r.now())
                + (r.wrongNow() ? ", wrong" : "") + ". Selects it.", () -> {
            selected.set(r);
            groups.lookupAll(".personal-tile").forEach(n -> n.getStyleClass().remove("selected"));
            tile[0].getStyleClass().add("selected");
        });
        tile[0].getStyleClass().add("personal-tile");
        tile[0].setId("tile-" + r.digit().id());
        if (r.wrongNow()) {
            tile[0].getStyleClass().add("wrong");
        }
        Tooltip.install(tile[0], new Tooltip("Label " + r.digit().label() + ", saved " + r.digit().createdAt()
                + (r.digit().model() == null ? "" : "; " + r.digit().model() + " read it as " + r.digit().predicted())
                + (r.now() == null ? "" : "\nNow: " + r.now().describe())));
        return tile[0];
    }

    /** What the drawing model makes of a digit now, short enough for a tile; the tooltip has the whole verdict. */
    static String tileText(Verdict now) {
        if (now == null) {
            return "…";
        }
        return switch (now.kind()) {
            case DIGIT -> "reads " + now.prediction().digit();
            case UNSURE -> "reads " + now.prediction().digit() + "?";
            case NOT_A_DIGIT -> "not a digit";
        };
    }

    /** The fine-tune controls and the before/after table. */
    static final class FineTuneView extends VBox {

        FineTuneView(FineTuneModel model) {
            super(6);
            setPadding(new Insets(0, 12, 12, 12));
            Button teach = new Button("Teach the drawing model my digits");
            teach.setId("fine-tune");
            teach.getStyleClass().add("accent");
            teach.disableProperty().bind(model.stateProperty().isEqualTo(FineTuneModel.State.RUNNING));
            teach.setOnAction(e -> model.start());
            Button stop = new Button("Stop");
            stop.disableProperty().bind(model.stateProperty().isNotEqualTo(FineTuneModel.State.RUNNING));
            stop.setOnAction(e -> model.stop());
            Button use = new Button("Draw with the fine-tuned model");
            use.setId("use-child");
            use.disableProperty().bind(model.resultProperty().isNull());
            use.setOnAction(e -> model.useChild());
            ProgressBar bar = new ProgressBar(0);
            bar.progressProperty().bind(model.progressProperty());
            bar.visibleProperty().bind(model.stateProperty().isEqualTo(FineTuneModel.State.RUNNING));
            Label status = new Label();
            status.setId("fine-tune-status");
            status.textProperty().bind(model.statusProperty());
            status.setWrapText(true);
            for (Button b : new Button[] {teach, stop, use}) {
                b.setMinWidth(USE_PREF_SIZE);
            }
            HBox buttons = new HBox(8, teach, stop, bar);
            buttons.setAlignment(Pos.CENTER_LEFT);
            GridPane table = new GridPane();
            table.setId("before-after");
            table.setHgap(16);
            table.getStyleClass().add("before-after");
            model.resultProperty().addListener((obs, old, r) -> fillTable(table, r));
            Button compare = new Button("Compare parent and child on the pad");
            compare.setId("compare-child");
            compare.setMinWidth(USE_PREF_SIZE);
            compare.disableProperty().bind(model.resultProperty().isNull());
            compare.setOnAction(e -> model.compareWithChild());
            getChildren().addAll(buttons, status, MnistOffer.row("fine-tune", null, model.needsMnistProperty(),
                    model::downloadMnistThenTeach, model::chooseMnistThenTeach), table, new HBox(8, use, compare));
        }

        private static void fillTable(GridPane table, FineTuner.Result r) {
            table.getChildren().clear();
            if (r == null) {
                return;
            }
            table.addRow(0, new Label(""), bold("before (parent)"), bold("after (child)"));
            table.addRow(1, new Label("Your held-out digits (" + r.heldOut() + ")"),
                    cell(r.parent().personalHeldOut()), cell(r.child().personalHeldOut()));
            table.addRow(2, new Label("  of them, the parent read wrong (" + r.misreadHeldOut() + ")"),
                    cell(r.parent().misreadHeldOut()), cell(r.child().misreadHeldOut()));
            table.addRow(3, new Label("MNIST test (" + r.testImages() + ")"), cell(r.parent().mnistTest()),
                    cell(r.child().mnistTest()));
            table.addRow(4, new Label("Drawn benchmark, mean of " + r.parent().drawn().size() + " distortions ("
                    + DRAWN_DIGITS_TEXT + ")"), cell(mean(r.parent().drawn())), cell(mean(r.child().drawn())));
        }

        private static final String DRAWN_DIGITS_TEXT = FineTuneModel.DRAWN_DIGITS + " digits each";

        private static double mean(Map<String, Double> values) {
            return values.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }

        private static Label bold(String text) {
            Label l = new Label(text);
            l.getStyleClass().add("text-bold");
            return l;
        }

        private static Label cell(double value) {
            return new Label(Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f%%", 100 * value));
        }
    }

    @Override
    public String title() {
        return "My digits";
    }

    @Override
    public Node node() {
        return this;
    }

    /** Edit ▸ Undo here takes back the last delete or relabel. */
    @Override
    public boolean undoLast() {
        model.undo();
        return true;
    }
}

package app.digitpad.ui.personal;

import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.InkImages;
import app.digitpad.ui.shared.PickTile;
import app.digitpad.ui.shared.Page;
import app.digitpad.ui.shared.TrainCharts;
import app.digitpad.verdict.Verdict;
import java.util.Locale;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
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

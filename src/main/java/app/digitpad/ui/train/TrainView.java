package app.digitpad.ui.train;

import app.digitpad.inference.ErrorAnalysis;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.ui.shared.Navigator;
import app.digitpad.ui.shared.Page;
import app.digitpad.ui.shared.TrainCharts;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Training tab: form, run buttons, progress, the two charts, and below them the log, the run's
 * checkpoints and the error analysis. It binds to {@link TrainModel} and forwards clicks.
 */
public final class TrainView extends BorderPane implements Page {

    private final TrainModel model;

    /** {@code navigator}: a mistake picked in the Errors tab goes onto the pad. */
    public TrainView(TrainModel model, Navigator navigator) {
        this.model = model;
        getStyleClass().add("train-view");
        getStylesheets().add(TrainView.class.getResource("train.css").toExternalForm());
        ScrollPane form = new ScrollPane(new TrainFormView(model));
        form.setFitToWidth(true);
        form.setPrefWidth(320);
        setLeft(form);
        TrainCharts charts = new TrainCharts(model.progress(), "");
        HBox chartRow = new HBox(8, charts.loss(), charts.accuracy());
        HBox.setHgrow(charts.loss(), Priority.ALWAYS);
        HBox.setHgrow(charts.accuracy(), Priority.ALWAYS);
        TabPane details = new TabPane(new Tab("Log", log()), new Tab("Checkpoints", checkpoints()),
                new Tab("Errors", new ErrorAnalysisView(model, (mistake, image) -> navigator.showOnPad(
                        new GrayImage(DigitNormalizer.SIDE, DigitNormalizer.SIDE, image)))));
        details.setId("train-details");
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.setPrefHeight(240);
        details.setMinHeight(180);
        VBox center = new VBox(8, buttons(), progress(), chartRow, details);
        VBox.setVgrow(chartRow, Priority.ALWAYS);
        center.setPadding(new Insets(12));
        setCenter(center);
    }

    private VBox buttons() {
        Button start = new Button("Start");
        start.setId("start");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.form().validBinding().not()
                .or(Bindings.createBooleanBinding(model::isActive, model.stateProperty())));
        start.setOnAction(e -> model.start());
        Button pause = new Button();
        pause.setId("pause");
        pause.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(TrainModel.State.PAUSED))
                .then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(model.stateProperty().isNotEqualTo(TrainModel.State.RUNNING)
                .and(model.stateProperty().isNotEqualTo(TrainModel.State.PAUSED)));
        pause.setOnAction(e -> {
            if (model.stateProperty().get() == TrainModel.State.PAUSED) {
                model.resume();
            } else {
                model.pause();
            }
        });
        Button stop = new Button("Stop");
        stop.setId("stop");
        stop.disableProperty().bind(pause.disableProperty());
        stop.setOnAction(e -> model.stop());
        return new VBox(new HBox(8, start, pause, stop));
    }

    private VBox progress() {
        ProgressBar epoch = new ProgressBar();
        epoch.setId("epoch-progress");
        epoch.progressProperty().bind(model.progress().epochFractionProperty());
        ProgressBar run = new ProgressBar();
        run.setId("run-progress");
        run.progressProperty().bind(model.progress().runFractionProperty());
        epoch.setMaxWidth(Double.MAX_VALUE);
        run.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("train-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.stateProperty().get() + " · "
                + model.progress().statusProperty().get(), model.stateProperty(), model.progress().statusProperty()));
        HBox epochRow = new HBox(8, new Label("Epoch"), epoch);
        HBox runRow = new HBox(8, new Label("Run  "), run);
        HBox.setHgrow(epoch, Priority.ALWAYS);
        HBox.setHgrow(run, Priority.ALWAYS);
        epochRow.setAlignment(Pos.CENTER_LEFT);
        runRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, epochRow, runRow, status);
    }

    private ListView<String> log() {
        ListView<String> log = new ListView<>(model.log());
        log.setId("train-log");
        log.getItems().addListener((javafx.collections.ListChangeListener<String>) c -> log.scrollTo(log.getItems().size() - 1));
        return log;
    }

    private VBox checkpoints() {
        TableView<TrainModel.CheckpointRow> table = new TableView<>(model.checkpoints());
        table.setId("checkpoint-table");
        table.getColumns().add(column("Epoch", r -> Integer.toString(r.epoch())));
        table.getColumns().add(column("Test accuracy", r -> String.format(Locale.ROOT, "%.4f", r.testAccuracy())));
        table.getColumns().add(column("Test loss", r -> String.format(Locale.ROOT, "%.4f", r.testLoss())));
        table.getColumns().add(column("File", r -> r.file().toString()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Checkpoints of this run appear here"));
        Button use = new Button("Use for drawing");
        use.setId("use-for-drawing");
        use.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> model.useForDrawing(table.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(6, table, use);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<TrainModel.CheckpointRow, String> column(
            String title, java.util.function.Function<TrainModel.CheckpointRow, String> value) {
        TableColumn<TrainModel.CheckpointRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    public TrainModel model() {
        return model;
    }

    @Override
    public String title() {
        return "Train";
    }

    @Override
    public Node node() {
        return this;
    }
}

package app.digitpad.ui.train;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The left column of the Training tab: the hyper-parameters, each with its refusal reason beneath it. */
final class TrainFormView extends VBox {

    private final GridPane grid = new GridPane();
    private int row;

    TrainFormView(TrainModel model) {
        TrainForm form = model.form();
        setSpacing(8);
        setPadding(new Insets(12));
        setPrefWidth(300);
        grid.setHgap(8);
        grid.setVgap(2);
        ComboBox<String> arch = new ComboBox<>();
        arch.setId("arch-field");
        arch.getItems().setAll(form.architectures());
        arch.valueProperty().bindBidirectional(form.architectureProperty());
        addRow("Architecture", arch, null);
        field("Epochs", "epochs", form.epochs());
        field("Batch size", "batch", form.batch());
        field("Learning rate", "lr", form.learningRate());
        field("Seed", "seed", form.seed());
        field("Checkpoint every N epochs", "save-every", form.saveEvery());
        field("Training subset (blank: all 60,000)", "limit", form.trainLimit());
        CheckBox augment = new CheckBox("Augment: tilt, scale, shift, shear, re-stroke");
        augment.setId("augment-field");
        augment.setWrapText(true);
        augment.selectedProperty().bindBidirectional(form.augmentProperty());
        grid.add(augment, 0, row++);
        getChildren().addAll(grid, dataRow(model), resumeRow(model));
        grid.disableProperty().bind(Bindings.createBooleanBinding(model::isActive, model.stateProperty()));
    }

    private void field(String label, String id, Field<?> field) {
        TextField text = new TextField();
        text.setId(id + "-field");
        text.textProperty().bindBidirectional(field.textProperty());
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(field.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.setWrapText(true);
        addRow(label, text, error);
    }

    private void addRow(String label, javafx.scene.Node input, Label error) {
        Label name = new Label(label);
        name.setLabelFor(input);
        grid.add(name, 0, row++);
        grid.add(input, 0, row++);
        if (error != null) {
            grid.add(error, 0, row++);
        }
    }

    private VBox dataRow(TrainModel model) {
        Label folder = new Label();
        folder.setId("data-folder");
        folder.setWrapText(true);
        folder.textProperty().bind(model.form().dataFolderProperty().asString());
        Button choose = new Button(TrainModel.CHOOSE_LABEL);
        choose.setId("choose-data");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("MNIST folder");
            File dir = chooser.showDialog(getScene().getWindow());
            if (dir != null) {
                model.form().dataFolderProperty().set(dir.toPath());
            }
        });
        ProgressBar download = new ProgressBar(0);
        download.setVisible(false);
        Button fetch = new Button(TrainModel.DOWNLOAD_LABEL);
        fetch.setOnAction(e -> {
            var task = model.downloadMnist();
            download.progressProperty().bind(task.progressProperty());
            download.visibleProperty().bind(task.runningProperty());
            fetch.disableProperty().bind(task.runningProperty()
                    .or(Bindings.createBooleanBinding(model::isActive, model.stateProperty())));
        });
        choose.disableProperty().bind(Bindings.createBooleanBinding(model::isActive, model.stateProperty()));
        fetch.disableProperty().bind(Bindings.createBooleanBinding(model::isActive, model.stateProperty()));
        return new VBox(4, new Label("MNIST data folder"), folder, new HBox(6, choose, fetch), download);
    }

    private VBox resumeRow(TrainModel model) {
        Label from = new Label();
        from.textProperty().bind(Bindings.createStringBinding(() -> model.resumeFromProperty().get() == null
                ? "(new network)" : model.resumeFromProperty().get().getFileName().toString(),
                model.resumeFromProperty()));
        Button choose = new Button("Resume from…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Checkpoint (*.zip)", "*.zip"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.resumeFromProperty().set(file.toPath());
            }
        });
        Button fresh = new Button("New network");
        fresh.setOnAction(e -> model.resumeFromProperty().set(null));
        return new VBox(4, new Label("Start from"), from, new HBox(6, choose, fresh));
    }
}

package app.digitpad.ui.models;

import app.digitpad.ui.shared.Page;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The Models tab: a table of models with their metadata, and a button to draw with the selected one. */
public final class ModelsView extends BorderPane implements Page {

    private final TableView<ModelsModel.Row> table = new TableView<>();
    private final ModelsModel model;
    /** The file picked last, picked again when the list is read anew (rows are replaced, not updated). */
    private Path picked;

    public ModelsView(ModelsModel model, Runnable openChooser) {
        this.model = model;
        table.setId("models-table");
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                picked = now.file();
            }
        });
        model.rows().addListener((ListChangeListener<ModelsModel.Row>) change -> pickAgain());
        table.getColumns().add(column("In use", r -> model.use(r.file()), 90, 88));
        table.getColumns().add(column("File", r -> r.file().getFileName().toString(), 200, 140));
        table.getColumns().add(column("Architecture", ModelsModel.Row::architecture, 125, 125));
        table.getColumns().add(column("Epoch", ModelsModel.Row::epoch, 70, 65));
        table.getColumns().add(column("Accuracy", ModelsModel.Row::testAccuracy, 110, 100));
        table.getColumns().add(column("Created (UTC)", ModelsModel.Row::created, 165, 160));
        TableColumn<ModelsModel.Row, String> folder = column("Folder",
                r -> String.valueOf(r.file().toAbsolutePath().getParent()), 300, 80);
        folder.setCellFactory(c -> new TableCell<>() {
            {
                setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(folder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No models found"));
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<ModelsModel.Row>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.use(row.getItem());
                }
            });
            return row;
        });
        Button use = new Button("Use for drawing");
        use.setId("use-model");
        use.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> model.use(table.getSelectionModel().getSelectedItem()));
        Button compare = new Button("Compare with the drawing model");
        compare.setId("compare-model");
        compare.setTooltip(new javafx.scene.control.Tooltip("The Draw tab shows both models' bars for every drawing"));
        compare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        compare.setOnAction(e -> model.compare(table.getSelectionModel().getSelectedItem()));
        Button open = new Button("Open checkpoint…");
        open.setOnAction(e -> openChooser.run());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.refresh());
        HBox actions = new HBox(8, use, compare, open, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 0, 0, 0));
        setCenter(table);
        setBottom(actions);
        setPadding(new Insets(12));
    }

    /**
     * A column that is {@code width} wide when there is room and never narrower than {@code min}, so that at
     * 800 px the short columns stay readable and only the folder (elided at its start) gives way.
     */
    private static TableColumn<ModelsModel.Row, String> column(String title, Function<ModelsModel.Row, String> value,
                                                              double width, double min) {
        TableColumn<ModelsModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(min);
        return c;
    }

    /** The file picked before the rows were replaced, if it is still listed. */
    private void pickAgain() {
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).file().equals(picked)) {
                table.getSelectionModel().select(i);
                return;
            }
        }
    }

    /** Checkpoints written since the list was read (a run of the Train tab, a fine-tune) are listed on arrival. */
    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public String title() {
        return "Models";
    }

    @Override
    public Node node() {
        return this;
    }
}

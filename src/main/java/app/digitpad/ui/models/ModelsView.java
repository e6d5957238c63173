package app.digitpad.ui.models;

import app.digitpad.ui.shared.Page;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The Models tab: a table of models with their metadata, and a button to draw with the selected one. */
public final class ModelsView extends BorderPane implements Page {

    private final TableView<ModelsModel.Row> table = new TableView<>();

    public ModelsView(ModelsModel model, Runnable openChooser) {
        table.setId("models-table");
        table.setItems(model.rows());
        table.getColumns().add(column("In use", r -> model.use(r.file()), 80));
        table.getColumns().add(column("File", r -> r.file().getFileName().toString(), 200));
        table.getColumns().add(column("Architecture", ModelsModel.Row::architecture, 120));
        table.getColumns().add(column("Epoch", ModelsModel.Row::epoch, 70));
        table.getColumns().add(column("Test accuracy", ModelsModel.Row::testAccuracy, 120));
        table.getColumns().add(column("Created (UTC)", ModelsModel.Row::created, 160));
        table.getColumns().add(column("Folder", r -> String.valueOf(r.file().toAbsolutePath().getParent()), 300));
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

    private static TableColumn<ModelsModel.Row, String> column(String title, Function<ModelsModel.Row, String> value,
                                                              double width) {
        TableColumn<ModelsModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
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

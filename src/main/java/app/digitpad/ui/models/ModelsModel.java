package app.digitpad.ui.models;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointMetadata;
import app.digitpad.checkpoint.CheckpointStore;
import app.digitpad.checkpoint.RunFolder;
import app.digitpad.data.IoMessages;
import app.digitpad.model.ImportedModel;
import app.digitpad.ui.shared.ActiveModel;
import app.digitpad.ui.shared.AppModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The Models tab: every model the user can switch to (the bundled folder, then recently opened files)
 * with the metadata from their sidecars. Listing reads files, so it runs in a background task, which also
 * removes temp files that a killed checkpoint write left in those folders.
 */
public final class ModelsModel {

    /** One row of the table; metadata fields are empty for a model without a sidecar. */
    public record Row(Path file, String architecture, String epoch, String testAccuracy, String created) {

        static Row of(Checkpoint c) {
            CheckpointMetadata m = c.metadata().orElse(null);
            String kind = c.importedFrom().map(framework -> framework + " import").orElse("?");
            return new Row(c.file(), m == null ? kind : m.architecture(), m == null ? "" : Integer.toString(m.epoch()),
                    m == null ? "" : String.format(java.util.Locale.ROOT, "%.2f%%", 100 * m.metrics().testAccuracy()),
                    m == null ? "" : m.createdAt().substring(0, Math.min(16, m.createdAt().length())).replace('T', ' '));
        }
    }

    private final AppModel app;
    private final List<Path> folders;
    private final Executor background;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public ModelsModel(AppModel app, List<Path> folders, Executor background) {
        this.app = app;
        this.folders = List.copyOf(folders);
        this.background = background;
    }

    /** Re-reads the folders and the recent list. */
    public Task<List<Row>> refresh() {
        List<Path> recent = app.recent().list();
        Task<List<Row>> task = new Task<>() {
            @Override
            protected List<Row> call() throws Exception {
                Set<Path> seen = new LinkedHashSet<>();
                List<Row> out = new ArrayList<>();
                for (Path folder : withRunSubfolders(folders)) {
                    RunFolder.removeStaleTemps(folder);
                    for (Checkpoint c : CheckpointStore.list(folder)) {
                        if (seen.add(c.file().toAbsolutePath().normalize())) {
                            out.add(Row.of(c));
                        }
                    }
                    for (Path imported : imports(folder)) {
                        if (seen.add(imported.toAbsolutePath().normalize())) {
                            out.add(Row.of(new Checkpoint(imported, java.util.Optional.empty())));
                        }
                    }
                }
                for (Path file : recent) {
                    if (Files.isRegularFile(file) && seen.add(file.toAbsolutePath().normalize())) {
                        out.add(Row.of(CheckpointStore.describe(file)));
                    }
                }
                return out;
            }
        };
        task.setOnSucceeded(e -> rows.setAll(task.getValue()));
        task.setOnFailed(e -> app.reportError("Could not list models: " + IoMessages.describe(task.getException())));
        background.execute(task);
        return task;
    }

    /** Keras and ONNX files lying in a folder beside the checkpoints, by name. */
    private static List<Path> imports(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && ImportedModel.handles(f)).sorted().toList();
        }
    }

    /** Each folder, then its subfolders (one per training run), newest run first. */
    private static List<Path> withRunSubfolders(List<Path> folders) throws java.io.IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : folders) {
            all.add(folder);
            if (Files.isDirectory(folder)) {
                try (var children = Files.list(folder)) {
                    children.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).forEach(all::add);
                }
            }
        }
        return all;
    }

    /** Switches the pad to a listed model (in the background; errors keep the current model). */
    public void use(Row row) {
        app.load(row.file());
    }

    /** Reads every drawing with a listed model too, beside the drawing model (in the background). */
    public void compare(Row row) {
        app.loadComparison(row.file());
    }

    /** "drawing" for the model the pad draws with, "comparing" for the one compared with it, else empty. */
    public String use(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (isFile(app.activeProperty().get(), f)) {
            return "drawing";
        }
        return isFile(app.comparison().activeProperty().get(), f) ? "comparing" : "";
    }

    private static boolean isFile(ActiveModel m, Path file) {
        return m != null && m.checkpoint().file().toAbsolutePath().normalize().equals(file);
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}

package app.digitpad.ui.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.digitpad.checkpoint.CheckpointFiles;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.RecentModels;
import app.digitpad.testing.Models;
import app.digitpad.ui.shared.AppModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Models tab's view-model without its view: only the FX toolkit is started, because listing is a real
 * {@code javafx.concurrent.Task} whose rows arrive on the FX thread.
 */
class ModelsModelTest {

    @TempDir
    Path tmp;

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Lets queued work (the recent list's save writes into {@code tmp}) finish before the folder is removed. */
    @AfterEach
    void stop() throws InterruptedException {
        background.shutdown();
        if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
            background.shutdownNow();
            throw new AssertionError("background work still running 30 s after the test");
        }
    }

    private AppModel app() {
        return new AppModel(new CheckpointLoader(), new RecentModels(tmp.resolve("recent.json")), background);
    }

    private static void refresh(ModelsModel models) throws Exception {
        Task<List<ModelsModel.Row>> task = WaitForAsyncUtils.asyncFx(models::refresh).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path copyOfBundled(String name, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(Models.bundled(name), to);
        Files.copy(CheckpointFiles.sidecarOf(Models.bundled(name)), CheckpointFiles.sidecarOf(to));
        return to;
    }

    @Test
    void listsBothBundledModelsWithTheirMetadataAndSwitchesThePadToOne() throws Exception {
        AppModel app = app();
        ModelsModel models = new ModelsModel(app, List.of(Models.bundled().getParent()), background);
        refresh(models);
        ModelsModel.Row row = models.rows().stream()
                .filter(r -> r.file().getFileName().toString().equals("tutorial.zip")).findFirst().orElseThrow();
        assertEquals("tutorial", row.architecture());
        assertEquals("5", row.epoch());
        assertEquals("99.25%", row.testAccuracy());
        ModelsModel.Row strong = models.rows().stream()
                .filter(r -> r.file().getFileName().toString().equals("bncnn.zip")).findFirst().orElseThrow();
        assertEquals("bncnn", strong.architecture());
        assertEquals("24", strong.epoch());
        assertEquals("99.59%", strong.testAccuracy());
        assertNull(app.activeProperty().get());
        WaitForAsyncUtils.asyncFx(() -> models.use(row)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.activeProperty().get() != null);
        assertEquals("tutorial.zip", app.activeProperty().get().fileName());
        assertEquals("drawing", models.use(row.file()));
        assertEquals("", models.use(strong.file()));
        WaitForAsyncUtils.asyncFx(() -> models.compare(strong)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "Comparing with bncnn.zip".equals(app.notices().textProperty().get()));
        assertEquals("comparing", models.use(strong.file()));
    }

    @Test
    void listsRunFoldersNewestFirstThenRecentFilesOnceEach() throws Exception {
        Path runs = tmp.resolve("runs");
        Path older = copyOfBundled("tutorial.zip", runs.resolve("2026-01-01").resolve("tutorial-epoch-005.zip"));
        Path newer = copyOfBundled("bncnn.zip", runs.resolve("2026-02-01").resolve("bncnn-epoch-024.zip"));
        Path elsewhere = copyOfBundled("tutorial.zip", tmp.resolve("desk").resolve("mine.zip"));
        AppModel app = app();
        app.recent().add(elsewhere);
        app.recent().add(newer);
        ModelsModel models = new ModelsModel(app, List.of(runs), background);
        refresh(models);
        assertEquals(List.of(newer, older, elsewhere), models.rows().stream().map(ModelsModel.Row::file).toList(),
                "a run listed in its folder is not listed again as a recent file");
    }

    @Test
    void aModelWithoutASidecarIsListedWithItsArchitectureUnknown() throws Exception {
        Path bare = Files.createDirectories(tmp.resolve("bare")).resolve("model.zip");
        Files.copy(Models.bundled("tutorial.zip"), bare);
        ModelsModel models = new ModelsModel(app(), List.of(bare.getParent()), background);
        refresh(models);
        assertEquals(List.of(new ModelsModel.Row(bare, "?", "", "", "")), models.rows());
    }

    @Test
    void kerasAndOnnxFilesInAFolderAreListedAsImportsAndOneIsUsedForDrawing() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        Path imports = Path.of("src/test/resources/app/digitpad/model/imports");
        Path keras = Files.copy(imports.resolve("tutorial-keras2.h5"), folder.resolve("mnist.h5"));
        Path onnx = Files.copy(imports.resolve("tutorial.onnx"), folder.resolve("mnist.onnx"));
        Files.writeString(folder.resolve("notes.txt"), "not a model");
        AppModel app = app();
        ModelsModel models = new ModelsModel(app, List.of(folder), background);
        refresh(models);
        assertEquals(List.of(new ModelsModel.Row(keras, "Keras 2 import", "", "", ""),
                new ModelsModel.Row(onnx, "ONNX import", "", "", "")), models.rows());
        WaitForAsyncUtils.asyncFx(() -> models.use(models.rows().get(1))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.activeProperty().get() != null
                && app.activeProperty().get().fileName().equals("mnist.onnx"));
    }
}

package app.digitpad.ui.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.testing.Models;
import app.digitpad.checkpoint.RecentModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
 * The app-wide view-model without any view: only the FX toolkit is started, because their
 * background work is real {@code javafx.concurrent.Task}s whose results arrive on the FX thread.
 */
class AppModelTest {

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

    /** Runs a view-model command on the FX thread, as a view would, and waits for its task to finish. */
    private static <T> void await(Callable<Task<T>> command) throws Exception {
        Task<T> task = WaitForAsyncUtils.asyncFx(command).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMissingHelperStaysOnTheStatusLineBesideTheModel() throws Exception {
        AppModel app = app();
        assertEquals("No model loaded", app.statusText().get());
        WaitForAsyncUtils.asyncFx(() -> app.reportRunningWithout("No not-a-digit gate (x.gate): only shape")).get(10, TimeUnit.SECONDS);
        assertEquals("No model loaded · No not-a-digit gate (x.gate): only shape", app.statusText().get());
        await(() -> app.load(Models.bundled()));
        assertTrue(app.statusText().get().endsWith(" · No not-a-digit gate (x.gate): only shape"), app.statusText().get());
    }

    @Test
    void loadingTheBundledModelMakesItActiveAndRecent() throws Exception {
        AppModel app = app();
        await(() -> app.load(Models.bundled()));
        assertEquals("bncnn.zip", app.activeProperty().get().fileName());
        assertEquals("test accuracy 99.59%", app.activeProperty().get().accuracyText());
        assertEquals("Model: bncnn.zip  ·  bncnn  ·  test accuracy 99.59%", app.activeProperty().get().statusText());
        assertEquals(List.of(Models.bundled().toAbsolutePath().normalize()), app.recent().list());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> List.of(Models.bundled().toAbsolutePath().normalize())
                .equals(new RecentModels(tmp.resolve("recent.json")).list()));
    }

    @Test
    void aKerasFileOpensWithWhatWasChangedAndTheDrawingModelExportsAsKeras() throws Exception {
        AppModel app = app();
        Path keras = Path.of("src/test/resources/app/digitpad/model/imports/tutorial-keras2.h5");
        await(() -> app.load(keras));
        assertEquals("Model: tutorial-keras2.h5  ·  imported from Keras 2  ·  test accuracy not measured  ·  it answers "
                + "logits (its last Dense is linear), so DigitPad applies softmax", app.activeProperty().get().statusText());
        Path out = tmp.resolve("again.h5");
        await(() -> app.exportKeras(out));
        assertEquals("Exported tutorial-keras2.h5 as a Keras 2 model: " + out, app.notices().textProperty().get());
        float[] input = app.drawing().activeProperty().get().predictor().copyOfNetwork().output(new float[784]);
        float[] back = new CheckpointLoader().load(out, false).network().output(new float[784]);
        assertArrayEquals(input, back, 1e-6f);
        await(() -> app.load(Path.of("src/test/resources/app/digitpad/model/imports/tutorial.onnx")));
        await(() -> app.exportKeras(tmp.resolve("onnx.h5")));
        assertTrue(app.errorProperty().get().startsWith("Could not export tutorial.onnx as Keras: an ONNX graph"),
                app.errorProperty().get());
        assertFalse(Files.exists(tmp.resolve("onnx.h5")));
        assertEquals("tutorial.onnx", app.activeProperty().get().fileName(), "the model in use stays");
    }

    /** Holds every task it is given until told to run them, in the order the test chooses. */
    private static final class HeldExecutor implements java.util.concurrent.Executor {
        final List<Runnable> held = new java.util.ArrayList<>();

        @Override
        public synchronized void execute(Runnable task) {
            held.add(task);
        }

        synchronized Runnable take(int index) {
            return held.get(index);
        }
    }

    @Test
    void theLastModelAskedForWinsEvenWhenAnEarlierOneFinishesLater() throws Exception {
        HeldExecutor held = new HeldExecutor();
        AppModel app = new AppModel(new CheckpointLoader(), new RecentModels(tmp.resolve("recent.json")), held);
        Task<ActiveModel> slow = WaitForAsyncUtils.asyncFx(() -> app.load(Models.bundled())).get(10, TimeUnit.SECONDS);
        Task<ActiveModel> quick = WaitForAsyncUtils.asyncFx(() -> app.load(Models.bundled("tutorial.zip")))
                .get(10, TimeUnit.SECONDS);
        background.submit(held.take(1)).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, quick::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tutorial.zip", app.activeProperty().get().fileName());
        assertTrue(!app.loadingProperty().get());

        background.submit(held.take(0)).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, slow::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tutorial.zip", app.activeProperty().get().fileName(), "the older request does not land");
    }

    @Test
    void theRecentListIsWrittenOnTheBackgroundExecutorNotTheFxThread() throws Exception {
        HeldExecutor held = new HeldExecutor();
        Path recentFile = tmp.resolve("recent.json");
        AppModel app = new AppModel(new CheckpointLoader(), new RecentModels(recentFile), held);
        Task<ActiveModel> load = WaitForAsyncUtils.asyncFx(() -> app.load(Models.bundled("tutorial.zip")))
                .get(10, TimeUnit.SECONDS);
        background.submit(held.take(0)).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("tutorial.zip", app.activeProperty().get().fileName());
        assertEquals(2, held.held.size(), "the save was handed to the executor");
        assertTrue(!Files.exists(recentFile), "nothing written on the FX thread");
        background.submit(held.take(1)).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(Models.bundled("tutorial.zip").toAbsolutePath().normalize()),
                new RecentModels(recentFile).list());
    }

    @Test
    void theComparisonSlotHoldsASecondModelBesideTheDrawingOne() throws Exception {
        AppModel app = app();
        await(() -> app.load(Models.bundled()));
        await(() -> app.loadComparison(Models.bundled("tutorial.zip")));
        assertEquals("bncnn.zip", app.drawing().activeProperty().get().fileName());
        assertEquals("tutorial.zip", app.comparison().activeProperty().get().fileName());
        assertTrue(app.drawing().activeProperty().get().predictor() != app.comparison().activeProperty().get().predictor());
        WaitForAsyncUtils.asyncFx(() -> app.comparison().clear()).get(10, TimeUnit.SECONDS);
        assertNull(app.comparison().activeProperty().get());
        assertEquals("bncnn.zip", app.activeProperty().get().fileName());
    }

    @Test
    void aForeignFileReportsAnErrorAndKeepsTheCurrentModel() throws Exception {
        AppModel app = app();
        await(() -> app.load(Models.bundled()));
        ActiveModel before = app.activeProperty().get();
        Path foreign = Files.writeString(tmp.resolve("notes.zip"), "hello");
        await(() -> app.load(foreign));
        assertSame(before, app.activeProperty().get());
        assertTrue(app.errorProperty().get().contains("notes.zip: not a model file"), app.errorProperty().get());
        assertTrue(!app.loadingProperty().get());
    }

    @Test
    void aModelPreparedTheOldWayLoadsAndTheStatusLineSaysSo() throws Exception {
        AppModel app = app();
        await(() -> app.load(Models.tutorialPreparedAs(tmp, "mnist-box20-com-v1")));
        String status = app.activeProperty().get().statusText();
        assertTrue(status.startsWith("Model: old-tutorial.zip  ·  tutorial  ·  test accuracy 99.25%  ·  older "
                + "preprocessing: trained on digits prepared as 'mnist-box20-com-v1'"), status);
        assertNull(app.errorProperty().get());
    }
}

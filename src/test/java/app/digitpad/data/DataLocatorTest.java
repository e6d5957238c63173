package app.digitpad.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLocatorTest {

    @TempDir
    Path tmp;

    @Test
    void explicitFolderWinsOverEnvironmentAndHome() {
        DataLocator locator = new DataLocator(Map.of(DataLocator.ENV_VAR, "/from/env"), tmp);
        assertEquals(Path.of("/explicit"), locator.resolve(Path.of("/explicit")));
    }

    @Test
    void environmentWinsOverTheUserFolder() {
        DataLocator locator = new DataLocator(Map.of(DataLocator.ENV_VAR, "/from/env"), tmp);
        assertEquals(Path.of("/from/env"), locator.resolve(null));
    }

    @Test
    void userFolderIsTheLastResort() {
        DataLocator locator = new DataLocator(Map.of(), tmp);
        assertEquals(tmp.resolve(".digitpad/mnist"), locator.resolve(null));
    }

    @Test
    void theSharedFolderHasAllFourFiles() {
        assertEquals(List.of(), DataLocator.missing(TestData.mnistDir()));
    }

    @Test
    void missingDataSaysHowToGetIt() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        MnistLoader loader = new MnistLoader(tmp.resolve("empty"));
        IOException e = assertThrows(MnistLoader.MissingDataException.class, loader::test);
        assertTrue(e.getMessage().contains("t10k-images-idx3-ubyte.gz not found"), e.getMessage());
        assertTrue(e.getMessage().contains("digitpad data download"), e.getMessage());
    }

    @Test
    void imagesAndLabelsOfDifferentCountsAreRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Path shared = TestData.mnistDir();
        Files.copy(shared.resolve(MnistFile.TEST_IMAGES.gzName()), dir.resolve(MnistFile.TEST_IMAGES.gzName()));
        Files.copy(shared.resolve(MnistFile.TRAIN_LABELS.gzName()), dir.resolve(MnistFile.TEST_LABELS.gzName()));
        DataFormatException e = assertThrows(DataFormatException.class, () -> new MnistLoader(dir).test());
        assertTrue(e.getMessage().contains("expected 10000 labels"), e.getMessage());
    }

    @Test
    void digitpadHomeMovesEveryFolderOfTheApp() {
        DataLocator locator = new DataLocator(Map.of(DataLocator.HOME_ENV_VAR, tmp.resolve("profile").toString()),
                Path.of("/home/nobody"));
        assertEquals(tmp.resolve("profile"), locator.appFolder());
        assertEquals(tmp.resolve("profile/mnist"), locator.resolve(null));
        assertEquals(tmp.resolve("profile/cache"), locator.cacheFolder());
    }

    @Test
    void anAppFolderThatIsMissingIsMadeAndOneThatCannotBeIsSaid() throws IOException {
        Path fresh = tmp.resolve("a/b/.digitpad");
        assertEquals(Optional.empty(), DataLocator.cannotKeep(fresh));
        assertTrue(Files.isDirectory(fresh), "made, as the first save would make it");
        assertEquals(Optional.empty(), DataLocator.cannotKeep(fresh), "an existing folder is fine");

        Path file = Files.writeString(tmp.resolve("home-file"), "mine");
        assertEquals(Optional.of(file + " is a file, not a folder"), DataLocator.cannotKeep(file));
        String under = DataLocator.cannotKeep(file.resolve("inside")).orElseThrow();
        assertTrue(under.startsWith(file.resolve("inside") + " cannot be made ("), under);
        assertEquals("mine", Files.readString(file), "nothing is written over the user's file");
    }
}

package app.digitpad.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLibraryTest {

    @TempDir
    Path tmp;

    @Test
    void theWorkingFolderComesBeforeTheJarsAndAFoundFolderIsNotMissing() throws Exception {
        Path local = Files.createDirectories(tmp.resolve("here/models"));
        Path beside = Files.createDirectories(tmp.resolve("jar/models"));
        ModelLibrary library = ModelLibrary.locate(null, local, List.of(beside));
        assertEquals(local, library.folder());
        assertTrue(library.missing().isEmpty());
        assertEquals(local.resolve(ModelLibrary.DEFAULT_MODEL), library.bundledModel());
        assertEquals(beside, ModelLibrary.locate(null, tmp.resolve("nowhere/models"), List.of(beside)).folder());
    }

    @Test
    void withNoModelsFolderAnywhereTheBundledModelSaysWhereItWasLookedFor() {
        Path local = tmp.resolve("started-here/models");
        List<Path> beside = List.of(tmp.resolve("lib/models"), tmp.resolve("models"));
        ModelLibrary library = ModelLibrary.locate(null, local, beside);
        String why = library.missing().orElseThrow();
        for (Path folder : List.of(local, beside.get(0), beside.get(1))) {
            assertTrue(why.contains(folder.toAbsolutePath().toString()), why);
        }
        assertTrue(why.contains("-Ddigitpad.models"), why);
        CheckpointException e = assertThrows(CheckpointException.class, library::bundledModel);
        assertTrue(e.getMessage().startsWith(local.toAbsolutePath().resolve(ModelLibrary.DEFAULT_MODEL) + ": "),
                e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void aFolderLookedInTwiceIsNamedOnce() {
        Path local = tmp.resolve("models");
        String why = ModelLibrary.locate(null, local, List.of(local, tmp.resolve("up/models"))).missing().orElseThrow();
        assertEquals(why.indexOf(local.toString()), why.lastIndexOf(local.toString()), why);
    }
}

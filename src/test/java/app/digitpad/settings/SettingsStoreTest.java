package app.digitpad.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path tmp;

    @Test
    void whatIsSavedIsReadBackAndAFirstStartGetsTheDefaults() throws Exception {
        SettingsStore store = new SettingsStore(tmp.resolve("home").resolve("settings.json"));
        assertEquals(Settings.DEFAULT, store.load());
        Settings s = Settings.DEFAULT.withDark(true).withBrush(9.5)
                .withWindow(new Settings.Window(10, 20, 900, 600, false)).withModel("/models/x.zip");
        store.save(s);
        assertEquals(s, new SettingsStore(store.file()).load());
        assertEquals(List.of("settings.json"), names(store.file().getParent()), "no temp file left behind");
    }

    @Test
    void theFirstLookReadsTheThemeAndThePlaceAsTheWholeReadDoes() throws Exception {
        SettingsStore store = SettingsStore.in(tmp);
        assertEquals(Settings.DEFAULT, store.firstLook(), "a first start");
        for (Settings s : List.of(
                Settings.DEFAULT.withDark(true),
                Settings.DEFAULT.withWindow(new Settings.Window(-1280.5, 20, 900, 600, true)).withBrush(3),
                Settings.DEFAULT.withDark(true).withBrush(9.5).withModel("/models/x.zip").withMnist("/data/mnist")
                        .withWindow(new Settings.Window(10, 20, 1180, 800, false)))) {
            store.save(s);
            Settings whole = store.load();
            Settings first = store.firstLook();
            assertEquals(whole.dark(), first.dark());
            assertEquals(whole.window(), first.window());
        }
    }

    @Test
    void aFirstLookAtADamagedFileGivesTheDefaultsAndLeavesTheFileForTheWholeRead() throws Exception {
        for (String text : List.of("{ \"dark\": tru", "[1, 2]", "{\"dark\": \"yes\", \"window\": {\"x\": 1}}", "")) {
            Path file = Files.writeString(tmp.resolve("settings.json"), text);
            Settings first = SettingsStore.in(tmp).firstLook();
            assertFalse(first.dark(), text);
            assertEquals(null, first.window(), text);
            assertEquals(text, Files.readString(file), "not moved or changed: " + text);
        }
        Files.writeString(tmp.resolve("settings.json"), "{\"later\": {\"a\": [1, {}]}, \"dark\": true}");
        assertTrue(SettingsStore.in(tmp).firstLook().dark(), "fields it does not know are skipped, nested or not");
    }

    @Test
    void anUnreadableFileIsKeptAsideNotOverwrittenAndTheDefaultsAreUsed() throws Exception {
        Path file = Files.writeString(tmp.resolve("settings.json"), "{ \"dark\": tru");
        SettingsStore store = new SettingsStore(file);
        assertEquals(Settings.DEFAULT, store.load());
        assertFalse(Files.exists(file));
        List<String> names = names(tmp);
        assertEquals(1, names.size(), names.toString());
        assertEquals("{ \"dark\": tru", Files.readString(tmp.resolve(names.get(0))), "the user's text is kept");
        store.save(Settings.DEFAULT.withDark(true));
        assertEquals(true, store.load().dark());
    }

    @Test
    void aWriteKilledBeforeItsRenameLeavesTheSettingsAsTheyWereAndItsTempIsTidiedLater() throws Exception {
        SettingsStore store = new SettingsStore(tmp.resolve("settings.json"));
        store.save(Settings.DEFAULT.withDark(true));
        Path left = app.digitpad.data.AtomicFiles.createTemp(tmp, ".digitpad-write", ".tmp");
        Files.writeString(left, "{ \"dark\": fal");
        assertEquals(true, store.load().dark(), "the killed write never replaced the file");
        assertTrue(Files.exists(left), "a temp this young may belong to a live write");
        Files.setLastModifiedTime(left, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        assertEquals(true, store.load().dark());
        assertFalse(Files.exists(left), "an old one is tidied");
    }

    @Test
    void fieldsFromANewerVersionAreIgnored() throws Exception {
        Path file = Files.writeString(tmp.resolve("settings.json"), "{\"dark\": true, \"somethingNew\": 3}");
        assertEquals(Settings.DEFAULT.withDark(true), new SettingsStore(file).load());
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package app.digitpad.personal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.drawing.Drawing;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.testing.Handwriting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The personal set on disk: what it keeps, and that a crash, a second writer or a damaged file loses nothing. */
class PersonalSetTest {

    @TempDir
    Path tmp;

    private final Handwriting hand = new Handwriting(3);

    private PersonalDigit addSeven(PersonalSet set) throws IOException {
        var strokes = hand.crossedSeven();
        float[] input = DigitNormalizer.normalize(new Drawing(strokes).ink()).orElseThrow();
        return set.add(7, strokes, input, "bncnn.zip", 7, null);
    }

    @Test
    void aSavedDrawingKeepsItsStrokesInputLabelTimeAndWhatTheModelSaid() throws IOException {
        PersonalSet set = new PersonalSet(tmp.resolve("personal"));
        PersonalDigit saved = addSeven(set);
        PersonalDigit back = new PersonalSet(tmp.resolve("personal")).digits().get(0);
        assertEquals(saved, back);
        assertEquals(7, back.label());
        assertEquals("bncnn.zip", back.model());
        assertEquals(Integer.valueOf(7), back.predicted());
        assertFalse(back.misread());
        assertEquals(2, back.strokes().size());
        assertArrayEquals(back.savedInput(), back.networkInput().orElseThrow(), 1f / 255,
                "prepared again from the strokes, it is the input that was saved");
    }

    @Test
    void deleteAndRelabelChangeOnlyTheirDigit() throws IOException {
        PersonalSet set = new PersonalSet(tmp);
        PersonalDigit a = addSeven(set);
        PersonalDigit b = addSeven(set);
        set.relabel(a.id(), 1);
        set.delete(b.id());
        List<PersonalDigit> left = set.digits();
        assertEquals(1, left.size());
        assertEquals(1, left.get(0).label());
        assertTrue(left.get(0).misread(), "the model said 7, the user says 1");
        assertArrayEquals(new int[] {0, 1, 0, 0, 0, 0, 0, 0, 0, 0}, PersonalSet.counts(left));
    }

    @Test
    void aDeletedDigitRestoredIsBackInItsPlaceOnce() throws IOException {
        PersonalSet set = new PersonalSet(tmp);
        PersonalDigit a = addSeven(set);
        PersonalDigit b = addSeven(set);
        PersonalDigit c = addSeven(set);
        assertEquals(1, set.delete(b.id()));
        assertEquals(-1, set.delete(b.id()));
        set.restore(b, 1);
        set.restore(b, 1);
        assertEquals(List.of(a, b, c), set.digits());
    }

    @Test
    void aSaveKilledBeforeTheRenameLeavesTheSetAsItWas() throws IOException {
        Path folder = tmp.resolve("personal");
        addSeven(new PersonalSet(folder));
        byte[] before = Files.readAllBytes(folder.resolve(PersonalSet.INDEX));
        PersonalSet dying = new PersonalSet(folder, (from, to) -> {
            throw new IOException("killed");
        });
        IOException e = assertThrows(IOException.class, () -> addSeven(dying));
        assertTrue(e.getMessage().contains(folder.resolve(PersonalSet.INDEX).toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(folder.resolve(PersonalSet.INDEX)));
        assertEquals(1, new PersonalSet(folder).digits().size());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(".lock", "index.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temp file is left behind");
        }
    }

    @Test
    void aTempFileLeftByAKilledSaveIsRemovedByTheNextSave() throws IOException {
        Path folder = tmp.resolve("personal");
        addSeven(new PersonalSet(folder));
        Path left = Files.writeString(folder.resolve(".digitpad-write123.tmp"), "half an index");
        Files.setLastModifiedTime(left, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(3))));
        addSeven(new PersonalSet(folder));
        assertFalse(Files.exists(left));
        assertEquals(2, new PersonalSet(folder).digits().size());
    }

    @Test
    void aDamagedIndexIsAnErrorNamingItAndNothingIsDeleted() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("personal"));
        Path index = Files.writeString(folder.resolve(PersonalSet.INDEX), "{\"format\":\"digitpad-personal-1\",\"digits\":[{\"id\":");
        PersonalSet set = new PersonalSet(folder);
        PersonalSetException read = assertThrows(PersonalSetException.class, set::digits);
        assertTrue(read.getMessage().startsWith("the personal set's index " + index + " is damaged"), read.getMessage());
        assertFalse(read.getMessage().contains("Source:"), "no parser internals: " + read.getMessage());
        assertThrows(PersonalSetException.class, () -> addSeven(set), "no save over a damaged index");
        assertEquals("{\"format\":\"digitpad-personal-1\",\"digits\":[{\"id\":", Files.readString(index));

        Files.writeString(index, "[1, 2, 3]");
        assertThrows(PersonalSetException.class, set::digits);
        Files.writeString(index, "{\"format\":\"something-else\",\"digits\":[]}");
        PersonalSetException foreign = assertThrows(PersonalSetException.class, set::digits);
        assertTrue(foreign.getMessage().contains("is not a DigitPad personal set"), foreign.getMessage());
    }

    @Test
    void twoWritersAtOnceLoseNothing() throws Exception {
        Path folder = tmp.resolve("personal");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                PersonalSet window = new PersonalSet(folder);
                saves.add(two.submit(() -> addSeven(window)));
            }
            for (Future<?> f : saves) {
                f.get();
            }
        } finally {
            two.shutdownNow();
        }
        assertEquals(20, new PersonalSet(folder).digits().size());
    }
}

package app.digitpad.personal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.drawing.Drawing;
import app.digitpad.drawing.Stroke;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.testing.Handwriting;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hand-edited or damaged entry of a personal set's index is refused with the index, the entry and the
 * reason named, and the index is left as it was; before, such entries became raw Java errors or, worse,
 * wrong data (a missing label read as 0, 7.9 as 7, 78,400 bytes taken as an image).
 */
class PersonalIndexTest {

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();

    record Damage(String name, Consumer<ObjectNode> change, String said) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Damage> damages() {
        return List.of(
                new Damage("input not Base64", d -> d.put("input", "!!!!"), "input that is not Base64"),
                new Damage("input null", d -> d.putNull("input"), "has no input"),
                new Damage("input of 78,400 bytes", d -> d.put("input",
                        Base64.getEncoder().encodeToString(new byte[78_400])), "input of 78400 bytes instead of 784"),
                new Damage("input empty", d -> d.put("input", ""), "input of 0 bytes instead of 784"),
                new Damage("label missing", d -> d.remove("label"), "has no label"),
                new Damage("label null", d -> d.putNull("label"), "has no label"),
                new Damage("label 7.9", d -> d.put("label", 7.9), "has label 7.9, not a digit 0-9"),
                new Damage("label 10", d -> d.put("label", 10), "has label 10, not a digit 0-9"),
                new Damage("label text", d -> d.put("label", "seven"), "has label \"seven\", not a digit 0-9"),
                new Damage("predicted 10", d -> d.put("predicted", 10), "has predicted 10, not a digit 0-9"),
                new Damage("negative pen width", d -> ((ObjectNode) d.withArray("strokes").get(0)).put("width", -3),
                        "stroke 1 with pen width -3"),
                new Damage("huge coordinate", d -> ((ObjectNode) ((ObjectNode) d.withArray("strokes").get(0)).withArray("points").get(0))
                        .put("x", 1e300), "stroke 1 with point"),
                new Damage("strokes not a list", d -> d.put("strokes", 5), "strokes that are not a list"));
    }

    @ParameterizedTest
    @MethodSource("damages")
    void aDamagedEntryIsNamedWithTheReasonAndTheIndexIsKept(Damage damage) throws Exception {
        PersonalSet set = new PersonalSet(tmp.resolve("personal"));
        PersonalDigit first = add(set, new Handwriting(1).crossedSeven());
        add(set, new Handwriting(2).crossedSeven());
        Path index = set.folder().resolve(PersonalSet.INDEX);
        ObjectNode root = (ObjectNode) json.readTree(index.toFile());
        ArrayNode digits = (ArrayNode) root.get("digits");
        damage.change().accept((ObjectNode) digits.get(1));
        byte[] damaged = json.writeValueAsBytes(root);
        Files.write(index, damaged);

        PersonalSetException e = assertThrows(PersonalSetException.class, set::digits);
        String id = digits.get(1).get("id").asText();
        assertTrue(e.getMessage().contains(index.toString()) && e.getMessage().contains("entry 2 (id " + id + ")")
                && e.getMessage().contains(damage.said()), e.getMessage());
        assertThrows(PersonalSetException.class, () -> PersonalData.open(set.folder()));
        assertArrayEquals(damaged, Files.readAllBytes(index), "the index is never rewritten");
        assertTrue(!first.id().equals(id));
    }

    @Test
    void aDigitWhoseStrokesLeaveNoInkIsSkippedAndSaidSo() throws Exception {
        PersonalSet set = new PersonalSet(tmp.resolve("personal"));
        add(set, new Handwriting(1).crossedSeven());
        List<Stroke> offThePad = List.of(new Stroke(20, List.of(new Stroke.Point(5_000, 5_000),
                new Stroke.Point(5_100, 5_050))));
        PersonalDigit lost = set.add(7, offThePad, new float[784], "bncnn.zip", null, null);
        PersonalData data = PersonalData.open(set.folder());
        assertEquals(1, data.items().size());
        assertEquals(List.of(new PersonalData.Skipped(lost.id(), "its strokes leave no ink on the pad")), data.skipped());
        assertTrue(data.skippedNote().orElseThrow().contains("1 digit(s) of " + set.folder() + " skipped: " + lost.id()),
                data.skippedNote().orElseThrow());
    }

    @Test
    void anIndexThatIsAFolderIsRefusedByName() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("personal").resolve(PersonalSet.INDEX)).getParent();
        PersonalSetException e = assertThrows(PersonalSetException.class, () -> PersonalData.open(folder));
        assertTrue(e.getMessage().contains(folder.resolve(PersonalSet.INDEX) + " is not a file"), e.getMessage());
    }

    private static PersonalDigit add(PersonalSet set, List<Stroke> strokes) throws Exception {
        return set.add(7, strokes, DigitNormalizer.normalize(new Drawing(strokes).ink()).orElseThrow(), "bncnn.zip",
                7, null);
    }
}

package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.HeapCeiling;
import app.digitpad.data.AtomicFiles;
import app.digitpad.testing.ChildJvm;
import app.digitpad.testing.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers at the sizes people hand them over (a 4000x3000 photo, noise of the photo's size and of a line's,
 * a strip of 200 digits), all read by one {@code predict --number} in a process of its own as the CLI runs: each
 * answered, and the whole process's peak resident memory within the 600 MB, under the heap ceiling
 * {@code predict} runs with ({@link HeapCeiling}). One process for all five bounds each of them, and shows that
 * reading one after another keeps nothing of the one before. Time is {@code bench numbers}' business, not a test's.
 */
class LargeNumbersTest {

    private static final long BUDGET = 600L * 1000 * 1000;

    @Test
    void photoNoiseAndLongStripAreAnsweredInBoundedMemory(@TempDir Path dir) throws Exception {
        NumberScenes scenes = new NumberScenes(TestData.test());
        Random random = new Random(3);
        Map<String, String> truth = new HashMap<>();
        List<String> files = new ArrayList<>();
        List<NumberScenes.Scene> all = List.of(scenes.photo(random), scenes.noise(random), scenes.strip(random, 200),
                scenes.noise(random, NumberScenes.PHOTO_WIDTH, NumberScenes.LINE_HEIGHT), scenes.noise(random, 600, 100));
        for (NumberScenes.Scene scene : all) {
            String format = scene.name().startsWith("photo") ? "jpg" : "png";
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(scene.image(), format, bytes);
            Path file = dir.resolve(scene.name() + "." + format);
            AtomicFiles.write(file, bytes.toByteArray());
            files.add(file.toString());
            truth.put(file.toString(), scene.truth());
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> answers = new HashMap<>();
        Process child = ChildJvm.start(NumberCommandProbe.class, List.of(HeapCeiling.MAX_HEAP),
                files.toArray(String[]::new));
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor();
        assertTrue(out.contains("exit 0"), out);
        for (String line : out.split("\n")) {
            if (line.startsWith("{")) {
                JsonNode answer = json.readTree(line);
                answers.put(answer.get("file").asText(), answer);
            }
        }
        assertEquals(files.size(), answers.size(), out);
        long peak = Long.parseLong(out.substring(out.indexOf("peak ") + 5).trim().split("\\s+")[0]);
        assertTrue(peak > 0 && peak <= BUDGET, "all five read in one process: peak resident " + peak / 1_000_000 + " MB");
        for (String file : files) {
            JsonNode answer = answers.get(file);
            String expected = truth.get(file);
            if (expected.isEmpty()) {
                if (file.contains("4000x3000")) {
                    assertEquals(1, answer.get("digits").size(), "noise is one thing, not digits: " + answer);
                }
                for (JsonNode digit : answer.get("digits")) {
                    assertEquals("not-a-digit", digit.get("verdict").asText(), file + ": " + answer);
                }
            } else if (expected.length() > 10) {
                String read = answer.get("number").asText();
                assertEquals(expected.length(), read.length(), "every digit of the strip is read: " + read);
                int right = 0;
                for (int i = 0; i < read.length(); i++) {
                    right += read.charAt(i) == expected.charAt(i) ? 1 : 0;
                }
                assertTrue(right >= 0.97 * expected.length(), right + " of " + expected.length() + ": " + read);
            } else {
                assertEquals(expected, answer.get("number").asText(), file);
                for (JsonNode digit : answer.get("digits")) {
                    int height = digit.get("box").get("height").asInt();
                    assertTrue(file.contains("photo") ? height > 100 : height > 60,
                            "boxes are in the image's own pixels, not the shrunk copy's: " + digit);
                }
            }
        }
    }
}

package app.digitpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate --numbers --misreads}: the wrong strings of a benchmark, each with the images it was made of, as
 * lines or, with {@code --json}, as one object.
 */
class EvaluateMisreadsTest {

    private static final String REAL_DIGITS = "../shared/realdigits";
    private static final Pattern MISREAD = Pattern.compile("  (WIDE|NARROW|TOUCHING) +(\\d): (\\d+) -> (\\d+|nothing)"
            + "( \\(in doubt\\))?; (.+)");
    private static final Pattern TOTAL = Pattern.compile("(WIDE|NARROW|TOUCHING) +2-6 digits: strings [0-9.]+ \\((\\d+) of (\\d+)\\)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(Cli.services(new PrintWriter(out), new PrintWriter(err)), args);
    }

    @Test
    void everyWrongStringIsListedWithTheImagesItsDigitsCameFrom() {
        assertEquals(0, run("evaluate", "--numbers", "2", "--bar-lengths", "--misreads", "--data", REAL_DIGITS),
                err.toString());
        List<String> lines = out.toString().lines().toList();
        List<Matcher> misreads = lines.stream().map(MISREAD::matcher).filter(Matcher::matches).toList();
        assertTrue(lines.contains("Read wrong: " + misreads.size() + " (gap kind, digits: written -> read, and the "
                + "images written)"), out.toString());
        assertTrue(misreads.size() > 0, "strangers' touching numbers are not all read right: " + out);
        for (Matcher m : misreads) {
            assertNotEquals(m.group(3), m.group(4), m.group());
            assertEquals(Integer.parseInt(m.group(2)), m.group(3).length(), m.group());
            String labels = Arrays.stream(m.group(6).split(" ")).map(name -> name.substring(0, 1))
                    .collect(Collectors.joining());
            assertEquals(m.group(3), labels, "each image's label is the digit written at its place: " + m.group());
        }
        for (String line : lines) {
            Matcher t = TOTAL.matcher(line);
            if (t.matches()) {
                long listed = misreads.stream().filter(m -> m.group(1).equals(t.group(1))
                        && Integer.parseInt(m.group(2)) <= 6).count();
                assertEquals(Integer.parseInt(t.group(3)) - Integer.parseInt(t.group(2)), listed, line);
            }
        }
    }

    @Test
    void asJsonTheCellsTotalsAndMisreadsAgreeAndBarLengthsReadOnlyTheLengthsTheBarsAreFor() throws Exception {
        assertEquals(0, run("evaluate", "--numbers", "2", "--bar-lengths", "--misreads", "--json", "--data", REAL_DIGITS),
                err.toString());
        JsonNode o = new ObjectMapper().readTree(out.toString());
        assertEquals(3 * 5, o.get("cells").size(), "three gap kinds, lengths 2 to 6: " + o.get("cells"));
        assertEquals(3, o.get("totals2to6").size());
        assertEquals(2, o.get("numbersPerCell").asInt());
        int wrong = 0;
        for (JsonNode c : o.get("cells")) {
            assertTrue(c.get("length").asInt() <= 6, c.toString());
            assertEquals(2, c.get("strings").asInt(), c.toString());
            wrong += c.get("strings").asInt() - c.get("stringsRight").asInt();
        }
        JsonNode misreads = o.get("misreads");
        assertEquals(wrong, misreads.size(), out.toString());
        assertTrue(wrong > 0, "strangers' touching numbers are not all read right: " + out);
        for (JsonNode m : misreads) {
            StringBuilder labels = new StringBuilder();
            m.get("images").forEach(name -> labels.append(name.asText().charAt(0)));
            assertEquals(m.get("written").asText(), labels.toString(), m.toString());
            assertNotEquals(m.get("written").asText(), m.get("read").asText(), m.toString());
        }
    }

    @Test
    void barLengthsWithoutNumbersIsAUsageError() {
        assertEquals(2, run("evaluate", "--bar-lengths", "--data", REAL_DIGITS));
        assertTrue(err.toString().contains("--bar-lengths goes with --numbers"), err.toString());
    }

    @Test
    void misreadsWithoutNumbersIsAUsageError() {
        assertEquals(2, run("evaluate", "--misreads", "--data", REAL_DIGITS));
        assertTrue(err.toString().contains("--misreads goes with --numbers"), err.toString());
    }
}

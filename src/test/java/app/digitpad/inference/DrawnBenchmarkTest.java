package app.digitpad.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.MnistSet;
import app.digitpad.preprocess.DrawnDigits;
import app.digitpad.testing.BundledAnswers;
import app.digitpad.testing.Models;
import app.digitpad.testing.TestData;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Canvases drawn once and read by two networks give each network the figures the streamed benchmark gives it. */
class DrawnBenchmarkTest {

    private static final int COUNT = 300;

    @Test
    void drawingOnceGivesEachNetworkTheFiguresOfItsOwnRecordedAnswers() throws Exception {
        MnistSet raw = TestData.test().limit(COUNT);
        DrawnBenchmark.Drawn drawn = DrawnBenchmark.draw(raw);
        Checkpoint.Loaded bncnn = new CheckpointLoader().load(Models.bundled("bncnn.zip"), false);
        Checkpoint.Loaded tutorial = new CheckpointLoader().load(Models.bundled("tutorial.zip"), false);

        assertEquals(recorded(raw), DrawnBenchmark.run(bncnn.network(), drawn),
                "the bundled model's figures from its recorded answers on the same digits");
        assertEquals(DrawnBenchmark.run(tutorial.network(), raw), DrawnBenchmark.run(tutorial.network(), drawn),
                "a second network on the same drawings: as if drawn for it");
    }

    /** Accuracy per distortion on the first digits, from the bundled model's recorded answers. */
    private static Map<DrawnDigits.Distortion, Double> recorded(MnistSet raw) throws Exception {
        Map<DrawnDigits.Distortion, Double> out = new EnumMap<>(DrawnDigits.Distortion.class);
        BundledAnswers.recordedDrawn().forEach((d, line) -> {
            int right = 0;
            for (int i = 0; i < COUNT; i++) {
                right += line.charAt(i) - '0' == raw.label(i) ? 1 : 0;
            }
            out.put(d, right / (double) COUNT);
        });
        return out;
    }
}

package app.digitpad.personal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.data.IdxReader;
import app.digitpad.drawing.Drawing;
import app.digitpad.drawing.Stroke;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.testing.Handwriting;
import app.digitpad.testing.Models;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to IDX and PNG and import back, as other tools would read and write them. */
class PersonalTransferTest {

    @TempDir
    Path tmp;

    private PersonalSet setOfFour() throws IOException {
        PersonalSet set = new PersonalSet(tmp.resolve("personal"));
        Handwriting hand = new Handwriting(5);
        for (int i = 0; i < 2; i++) {
            for (List<Stroke> strokes : List.of(hand.continentalOne(), hand.crossedSeven())) {
                int label = strokes.size() == 1 ? 1 : 7;
                set.add(label, strokes, DigitNormalizer.normalize(new Drawing(strokes).ink()).orElseThrow(), null, null,
                        null);
            }
        }
        return set;
    }

    @Test
    void anExportIsAnIdxPairAndLabelledPngsThatImportBackTheSameDigits() throws IOException {
        PersonalSet set = setOfFour();
        Path out = tmp.resolve("export");
        assertEquals(4, PersonalTransfer.export(set.digits(), out));
        assertEquals(4, IdxReader.readLabels(out.resolve(PersonalTransfer.IDX_LABELS)).length);
        assertEquals(4 * 784, IdxReader.readImages(out.resolve(PersonalTransfer.IDX_IMAGES)).length);

        List<PersonalData.Item> fromIdx = PersonalTransfer.read(out);
        assertEquals(List.of(1, 7, 1, 7), fromIdx.stream().map(PersonalData.Item::label).toList());
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(set.digits().get(i).savedInput(), fromIdx.get(i).input(), 1f / 255,
                    "IDX holds network inputs: digit " + i + " comes back as it was");
        }

        Files.delete(out.resolve(PersonalTransfer.IDX_IMAGES));
        List<PersonalData.Item> fromPngs = PersonalTransfer.read(out);
        assertEquals(4, fromPngs.size());
        assertEquals(2, fromPngs.stream().filter(i -> i.label() == 7).count());
        Predictor model = new Predictor(new CheckpointLoader().load(Models.bundled(), false).network(), "bncnn");
        for (PersonalData.Item png : fromPngs) {
            PersonalDigit original = set.digits().stream().filter(d -> png.name().contains(d.id())).findFirst()
                    .orElseThrow();
            assertEquals(model.predict(original.savedInput()).digit(), model.predict(png.input()).digit(),
                    png.name() + ", prepared again like every image file, still reads the same");
        }

        PersonalSet other = new PersonalSet(tmp.resolve("other"));
        other.addAll(fromPngs, "export");
        assertEquals(4, other.digits().size());
        assertTrue(other.digits().get(0).source().startsWith("export/"), other.digits().get(0).source());
    }

    @Test
    void anImportWithAnImageOfTheWrongSizeIsRefusedByNameAndAddsNothing() throws IOException {
        PersonalSet set = setOfFour();
        Path out = tmp.resolve("export");
        PersonalTransfer.export(set.digits(), out);
        Files.delete(out.resolve(PersonalTransfer.IDX_IMAGES));
        ImageIO.write(new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB), "png", out.resolve("4_tiny.png").toFile());
        PersonalSet target = new PersonalSet(tmp.resolve("target"));
        IOException e = assertThrows(IOException.class, () -> target.addAll(PersonalTransfer.read(out), "x"));
        assertTrue(e.getMessage().contains("4_tiny.png: 5x5 pixels"), e.getMessage());
        assertEquals(0, target.digits().size());
    }

    @Test
    void anIdxPairWhoseCountsDisagreeIsRefused() throws IOException {
        PersonalSet set = setOfFour();
        Path out = tmp.resolve("export");
        PersonalTransfer.export(set.digits(), out);
        PersonalTransfer.export(set.digits().subList(0, 3), tmp.resolve("three"));
        Files.copy(tmp.resolve("three").resolve(PersonalTransfer.IDX_LABELS), out.resolve(PersonalTransfer.IDX_LABELS),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        IOException e = assertThrows(IOException.class, () -> PersonalTransfer.read(out));
        assertTrue(e.getMessage().contains("3 labels for the 4 images"), e.getMessage());
    }
}

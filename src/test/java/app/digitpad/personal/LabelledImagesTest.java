package app.digitpad.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.TestData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders of images named with their label: real MNIST digits written as files a person would have. */
class LabelledImagesTest {

    @TempDir
    Path tmp;

    /** Test digit {@code index} as a dark-on-light PNG renamed {@code <label>_<name>.png}. */
    private Path digit(int index, String name) throws IOException {
        Path png = TestData.writeDigitPng(tmp, index, 140, 4, 10, 12);
        return Files.move(png, tmp.resolve(TestData.test().label(index) + "_" + name + ".png"));
    }

    @Test
    void labelsComeFromTheNamesAndOtherFilesAreIgnored() throws IOException {
        digit(0, "a");
        digit(1, "b");
        Files.writeString(tmp.resolve("notes.txt"), "not a digit");
        Files.writeString(tmp.resolve("README.png"), "not named with a label");
        List<LabelledImages.Labelled> read = LabelledImages.read(tmp);
        assertEquals(2, read.size());
        assertEquals(List.of(TestData.test().label(1), TestData.test().label(0)),
                read.stream().map(LabelledImages.Labelled::label).toList(), "in name order: 2_b, 7_a");
        assertEquals(784, read.get(0).input().length);
    }

    @Test
    void unusableImagesRefuseTheFolderEachNamed() throws IOException {
        digit(0, "good");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", tmp.resolve("3_tiny.png").toFile());
        Files.writeString(tmp.resolve("5_text.png"), "hello");
        IOException e = assertThrows(IOException.class, () -> LabelledImages.read(tmp));
        assertTrue(e.getMessage().startsWith("2 of 3 images in " + tmp + " cannot be used, so none were read"),
                e.getMessage());
        assertTrue(e.getMessage().contains("3_tiny.png: 4x4 pixels; an image of one digit must be 8 to 8192 pixels"),
                e.getMessage());
        assertTrue(e.getMessage().contains("5_text.png: not an image"), e.getMessage());
    }

    @Test
    void aFolderWithoutLabelledImagesSaysSo() {
        IOException e = assertThrows(IOException.class, () -> LabelledImages.read(tmp));
        assertTrue(e.getMessage().contains("has no images named with their label first"), e.getMessage());
    }

    @Test
    void aLabelledLinkThatLeadsNowhereRefusesTheFolderByName() throws IOException {
        digit(0, "good");
        Path loop = tmp.resolve("3_loop.png");
        Files.createSymbolicLink(loop, loop);
        IOException e = assertThrows(IOException.class, () -> LabelledImages.read(tmp));
        assertTrue(e.getMessage().contains("3_loop.png: is a link that leads nowhere"), e.getMessage());
    }
}

package app.digitpad.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.testing.ForgedPng;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir
    Path tmp;

    /** The size comes from the header: a 20000x20000 declaration is refused before a pixel is decoded. */
    @Test
    void anImageDeclaringTooManyPixelsIsRefusedByNameBeforeDecoding() throws Exception {
        Path huge = ForgedPng.write(tmp.resolve("huge.png"), 20_000, 20_000);
        assertTrue(Files.size(huge) < 10_000);
        IOException e = assertThrows(IOException.class, () -> ImageFiles.read(huge));
        assertTrue(e.getMessage().startsWith(huge + ": the image declares 20000x20000 pixels"), e.getMessage());
        IOException wide = assertThrows(IOException.class,
                () -> ImageFiles.read(ForgedPng.write(tmp.resolve("wide.png"), 9_000, 10)));
        assertTrue(wide.getMessage().contains("at most 8192 pixels a side"), wide.getMessage());
    }

    @Test
    void anImageWithinTheLimitsIsRead() throws Exception {
        GrayImage read = ImageFiles.read(ForgedPng.write(tmp.resolve("ok.png"), 300, 4));
        assertEquals(300, read.width());
        assertEquals(4, read.height());
    }

    @Test
    void aFileThatIsNoImageSaysSo() throws Exception {
        Path text = Files.writeString(tmp.resolve("note.png"), "hello");
        IOException e = assertThrows(IOException.class, () -> ImageFiles.read(text));
        assertEquals(text + ": not an image (PNG, JPEG, GIF or BMP expected)", e.getMessage());
    }
}

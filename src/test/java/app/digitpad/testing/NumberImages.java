package app.digitpad.testing;

import app.digitpad.preprocess.ImageFiles;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Pictures of written numbers for the tests: text in a plain font, dark on light paper or light on dark. */
public final class NumberImages {

    private NumberImages() {
    }

    /** {@code text} drawn 72 px high with {@code spacing} extra pixels between characters, as a PNG. */
    public static Path write(Path dir, String name, String text, boolean darkOnLight, int spacing) throws IOException {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 72);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D p = probe.createGraphics();
        int width = p.getFontMetrics(font).stringWidth(text) + spacing * text.length() + 80;
        p.dispose();
        BufferedImage image = new BufferedImage(width, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(darkOnLight ? new Color(245, 242, 235) : new Color(15, 15, 20));
            g.fillRect(0, 0, width, 120);
            g.setColor(darkOnLight ? new Color(30, 30, 60) : new Color(240, 240, 240));
            g.setFont(font);
            int x = 40;
            for (char c : text.toCharArray()) {
                g.drawString(String.valueOf(c), x, 90);
                x += g.getFontMetrics().charWidth(c) + spacing;
            }
        } finally {
            g.dispose();
        }
        Path file = dir.resolve(name);
        ImageFiles.writePng(image, file);
        return file;
    }
}

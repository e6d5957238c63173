package app.digitpad.explain;

import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.ImageFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The explanations as PNG files, for slides and reports ({@code digitpad explain}): the normalizer's
 * stages side by side, a grid of tiles per convolution layer, the saliency map over the input, and the
 * robustness curves. Java2D only, so it runs headless. Any thread; no state.
 */
public final class ExplainPictures {

    /** Pixels per input pixel in the enlarged 28x28 pictures. */
    static final int ZOOM = 8;
    /** Tile side in the feature-map grids, in pixels. */
    static final int TILE = 56;

    private ExplainPictures() {
    }

    /** Grey images side by side at one height, ink white on black, each with its caption. */
    public static void strip(List<GrayImage> images, List<String> captions, Path file) throws IOException {
        int side = 28 * ZOOM / 2 * 2;
        BufferedImage out = new BufferedImage(images.size() * (side + 16) + 16, side + 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        for (int i = 0; i < images.size(); i++) {
            GrayImage fitted = images.get(i).fittedInto(side);
            g.drawImage(grey(fitted.ink(), side, side, null), 16 + i * (side + 16), 16, null);
            g.setColor(Color.DARK_GRAY);
            g.drawString(captions.get(i), 16 + i * (side + 16), side + 36);
        }
        g.dispose();
        ImageFiles.writePng(out, file);
    }

    /** One layer's maps as a grid of tiles, each scaled to its own range, labelled with channel and max. */
    public static void grid(FeatureMaps maps, Path file) throws IOException {
        int columns = (int) Math.ceil(Math.sqrt(maps.channels()));
        int rows = (int) Math.ceil((double) maps.channels() / columns);
        BufferedImage out = new BufferedImage(columns * (TILE + 4) + 4, rows * (TILE + 4) + 28, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        g.setColor(Color.DARK_GRAY);
        g.drawString(maps.name() + " (layer " + maps.layer() + "): " + maps.channels() + " maps of " + maps.height()
                + "x" + maps.width(), 4, 16);
        for (int c = 0; c < maps.channels(); c++) {
            BufferedImage tile = grey(maps.stretchedChannel(c), maps.width(), maps.height(), null);
            g.drawImage(tile, 4 + (c % columns) * (TILE + 4), 24 + (c / columns) * (TILE + 4), TILE, TILE, null);
        }
        g.dispose();
        ImageFiles.writePng(out, file);
    }

    /** The input, enlarged, with the saliency over it: red where ink argued for the digit, blue against. */
    public static void saliency(float[] input28, float[] map, String caption, Path file) throws IOException {
        int side = 28 * ZOOM;
        BufferedImage out = new BufferedImage(side + 32, side + 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        g.drawImage(grey(input28, 28, 28, map), 16, 16, side, side, null);
        g.setColor(Color.DARK_GRAY);
        g.drawString(caption, 16, side + 36);
        g.dispose();
        ImageFiles.writePng(out, file);
    }

    /** Each axis's curve: the digit's probability along the steps, the plain input's step marked. */
    public static void curves(List<RobustnessProbe.Curve> curves, int digit, Path file) throws IOException {
        int w = 300;
        int h = 180;
        BufferedImage out = new BufferedImage(curves.size() * (w + 20) + 20, h + 70, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        for (int i = 0; i < curves.size(); i++) {
            RobustnessProbe.Curve c = curves.get(i);
            int left = 20 + i * (w + 20);
            g.setColor(new Color(230, 230, 230));
            g.drawRect(left, 20, w, h);
            g.setColor(new Color(56, 189, 248));
            g.setStroke(new BasicStroke(2));
            int n = c.steps().size();
            for (int s = 1; s < n; s++) {
                g.drawLine(left + (s - 1) * w / (n - 1), 20 + (int) ((1 - c.probability()[s - 1]) * h),
                        left + s * w / (n - 1), 20 + (int) ((1 - c.probability()[s]) * h));
            }
            int zero = c.steps().indexOf(c.axis().zero());
            g.setColor(Color.GRAY);
            g.drawLine(left + zero * w / (n - 1), 20, left + zero * w / (n - 1), 20 + h);
            g.setColor(Color.DARK_GRAY);
            g.drawString(c.axis().label + ": " + c.steps().get(0) + " … " + c.steps().get(n - 1), left, h + 40);
            g.drawString("P(" + digit + ") from 0 to 1", left, h + 58);
        }
        g.dispose();
        ImageFiles.writePng(out, file);
    }

    private static Graphics2D canvas(BufferedImage out) {
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return g;
    }


    /** Ink as white on black; with a heat map, red (positive) or blue (negative) mixed in by its size. */
    private static BufferedImage grey(float[] ink, int w, int h, float[] heat) {
        float scale = 0;
        if (heat != null) {
            for (float v : heat) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < w * h; i++) {
            int grey = Math.round(255 * Math.max(0, Math.min(1, ink[i])));
            int r = grey;
            int gr = grey;
            int b = grey;
            if (heat != null && scale > 0) {
                float a = Math.abs(heat[i]) / scale * 0.7f;
                int target = heat[i] > 0 ? 0xEF4444 : 0x3B82F6;
                r = Math.round(r * (1 - a) + ((target >> 16) & 0xFF) * a);
                gr = Math.round(gr * (1 - a) + ((target >> 8) & 0xFF) * a);
                b = Math.round(b * (1 - a) + (target & 0xFF) * a);
            }
            img.setRGB(i % w, i / w, (r << 16) | (gr << 8) | b);
        }
        return img;
    }
}

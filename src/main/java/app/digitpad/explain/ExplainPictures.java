package app.digitpad.explain;

import app.digitpad.preprocess.DigitNormalizer;
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

    /** One layer's maps as a grid of tiles under {@code heading}, each scaled to its own range. */
    public static void grid(FeatureMaps maps, String heading, Path file) throws IOException {
        int columns = (int) Math.ceil(Math.sqrt(maps.channels()));
        int rows = (int) Math.ceil((double) maps.channels() / columns);
        BufferedImage out = new BufferedImage(columns * (TILE + 4) + 4, rows * (TILE + 4) + 28, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        g.setColor(Color.DARK_GRAY);
        g.drawString(heading + ": " + maps.channels() + " maps of " + maps.height() + "x" + maps.width(), 4, 16);
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

    /** The source image (fitted into the same square) with the map drawn back over it through the crop. */
    public static void saliencyOnSource(GrayImage source, DigitNormalizer.Steps steps, float[] map, String caption,
                                        Path file) throws IOException {
        int side = 28 * ZOOM;
        BufferedImage img = new BufferedImage(source.width(), source.height(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, source.width(), source.height(), SaliencyColors.overSource(source, steps, map), 0, source.width());
        double k = (double) side / Math.max(source.width(), source.height());
        int w = (int) Math.round(source.width() * k);
        int h = (int) Math.round(source.height() * k);
        BufferedImage out = new BufferedImage(side + 32, side + 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.BLACK);
        g.fillRect(16, 16, side, side);
        g.drawImage(img, 16 + (side - w) / 2, 16 + (side - h) / 2, w, h, null);
        g.setColor(Color.DARK_GRAY);
        g.drawString(caption, 16, side + 36);
        g.dispose();
        ImageFiles.writePng(out, file);
    }

    /** The nearest training digits in a row, each with its label and similarity. */
    public static void nearest(List<NearestDigits.Neighbour> neighbours, Path file) throws IOException {
        int side = TILE * 2;
        BufferedImage out = new BufferedImage(neighbours.size() * (side + 12) + 12, side + 70, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        g.setColor(Color.DARK_GRAY);
        g.drawString("nearest MNIST training digits in the model's last hidden layer (label, cosine similarity)", 12, 16);
        for (int i = 0; i < neighbours.size(); i++) {
            NearestDigits.Neighbour n = neighbours.get(i);
            int left = 12 + i * (side + 12);
            g.drawImage(grey(n.image(), 28, 28, null), left, 26, side, side, null);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(java.util.Locale.ROOT, "%d  (%.2f)", n.label(), n.similarity()), left, side + 44);
        }
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


    /** Ink as white on black; with a heat map, coloured by {@link SaliencyColors}. */
    private static BufferedImage grey(float[] ink, int w, int h, float[] heat) {
        int[] argb = heat == null ? SaliencyColors.overInput(ink, new float[ink.length]) : SaliencyColors.overInput(ink, heat);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        return img;
    }
}

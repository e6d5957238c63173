package app.digitpad.segment;

import app.digitpad.preprocess.GrayImage;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Numbers written in fonts, spaced as the benchmark spaces MNIST's digits: an outside test, the way the
 * whole-numbers issue measured DigitPad on numbers nothing here made (handwriting fonts, 14 styles). Font
 * glyphs are never training data, so a figure from them says how number reading holds up on writing it never
 * saw. Each font's digits are drawn once, white on black, at one digit height, on a common baseline. Not
 * thread-safe to build; {@link #make} may be called from any one thread at a time.
 */
public final class FontNumbers implements NumberSource {

    /** Digits this many pixels tall (an 8's ink): the outside test shrunk to a third, so that it finishes. */
    public static final int DIGIT_HEIGHT = 60;
    /** The least digit height asked for: under it a handwriting font's strokes are a pixel or two of grey. */
    public static final int MIN_HEIGHT = 12;
    /** The largest: each glyph is drawn on a canvas 2.5 font sizes a side (400 px digits: about 8 MB a glyph). */
    public static final int MAX_HEIGHT = 400;
    /** MNIST's digits are 20 px tall in their 28x28 images: the benchmark's gaps are in those pixels. */
    private static final double MNIST_DIGIT_HEIGHT = 20;

    private final List<String> names;
    private final List<List<GrayImage>> digits;
    private final int digitHeight;

    /** Numbers in these fonts, {@code digitHeight} pixels tall; {@code names} name them in misreads. */
    public FontNumbers(List<Font> fonts, List<String> names, int digitHeight) {
        if (fonts.isEmpty() || fonts.size() != names.size()) {
            throw new IllegalArgumentException("one name per font, and at least one font");
        }
        if (digitHeight < MIN_HEIGHT || digitHeight > MAX_HEIGHT) {
            throw new IllegalArgumentException("digits " + MIN_HEIGHT + " to " + MAX_HEIGHT + " px tall, not " + digitHeight);
        }
        this.names = List.copyOf(names);
        this.digitHeight = digitHeight;
        this.digits = fonts.stream().map(font -> render(font, digitHeight)).toList();
    }

    /**
     * The fonts in these files (TrueType or OpenType), a folder standing for every such file in it, sorted by name,
     * their digits {@code digitHeight} pixels tall.
     *
     * @throws IOException naming the file that is not a font, has no digits, or cannot be read
     */
    public static FontNumbers load(List<Path> paths, int digitHeight) throws IOException {
        List<Font> fonts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files(paths)) {
            Font font;
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            } catch (FontFormatException e) {
                throw new IOException(file + ": not a font file (TrueType or OpenType expected): " + e.getMessage(), e);
            }
            for (char c = '0'; c <= '9'; c++) {
                if (!font.canDisplay(c)) {
                    throw new IOException(file + ": the font has no glyph for the digit " + c);
                }
            }
            fonts.add(font);
            names.add(file.getFileName().toString());
        }
        return new FontNumbers(fonts, names, digitHeight);
    }

    private static List<Path> files(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IOException(path + ": no such file or folder (a font file, or a folder of them, expected)");
            }
            if (!Files.isDirectory(path)) {
                out.add(path);
                continue;
            }
            try (Stream<Path> in = Files.list(path)) {
                List<Path> found = in.filter(FontNumbers::fontName).sorted().toList();
                if (found.isEmpty()) {
                    throw new IOException(path + ": the folder holds no font file (.ttf or .otf)");
                }
                out.addAll(found);
            }
        }
        return out;
    }

    private static boolean fontName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".ttf") || name.endsWith(".otf"));
    }

    /** The font a number's digits were drawn in ({@link NumberLayouts.Layout#sources()} holds its index). */
    public String name(int source) {
        return names.get(source);
    }

    /** How many fonts the numbers are drawn in. */
    public int size() {
        return names.size();
    }

    /** How tall the digits are drawn, in pixels. */
    public int digitHeight() {
        return digitHeight;
    }

    /** A number of random digits in one random font. */
    @Override
    public NumberLayouts.Layout make(Random random, int length, NumberLayouts.Gap gap) {
        int font = random.nextInt(digits.size());
        List<GrayImage> inks = new ArrayList<>();
        StringBuilder truth = new StringBuilder();
        int[] sources = new int[length];
        for (int i = 0; i < length; i++) {
            int digit = random.nextInt(10);
            truth.append(digit);
            sources[i] = font;
            inks.add(digits.get(font).get(digit));
        }
        return NumberLayouts.place(inks, truth.toString(), sources, gap, random, digitHeight / MNIST_DIGIT_HEIGHT);
    }

    /**
     * The ten digits of one font, each cropped to its ink across and to all ten digits' ink from top to bottom, so
     * that they keep the font's baseline; sized so that an 8 is {@code height} pixels tall.
     */
    static List<GrayImage> render(Font font, int height) {
        Font sized = font.deriveFont(100f * height / Math.max(1, inkRows(glyph(font.deriveFont(100f), '8'))));
        List<float[]> inks = new ArrayList<>();
        int side = canvas(sized);
        int top = side;
        int bottom = -1;
        for (char c = '0'; c <= '9'; c++) {
            float[] ink = glyph(sized, c);
            inks.add(ink);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    if (ink[y * side + x] > 0) {
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
        }
        List<GrayImage> out = new ArrayList<>();
        for (float[] ink : inks) {
            out.add(crop(ink, side, top, bottom));
        }
        return out;
    }

    private static GrayImage crop(float[] ink, int side, int top, int bottom) {
        int left = side;
        int right = -1;
        for (int y = top; y <= bottom; y++) {
            for (int x = 0; x < side; x++) {
                if (ink[y * side + x] > 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        int w = Math.max(1, right - left + 1);
        int h = bottom - top + 1;
        float[] out = new float[w * h];
        for (int y = 0; y < h && right >= 0; y++) {
            System.arraycopy(ink, (top + y) * side + left, out, y * w, w);
        }
        return new GrayImage(w, h, out);
    }

    private static int canvas(Font font) {
        return (int) Math.ceil(font.getSize2D() * 2.5);
    }

    /** One glyph, anti-aliased, as ink from 0 to 1 on a square canvas {@link #canvas} pixels a side. */
    private static float[] glyph(Font font, char c) {
        int side = canvas(font);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(font);
        g.drawString(String.valueOf(c), side / 4, side * 3 / 4);
        g.dispose();
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        float[] ink = new float[side * side];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = (pixels[i] & 0xff) / 255f;
        }
        return ink;
    }

    private static int inkRows(float[] ink) {
        int side = (int) Math.round(Math.sqrt(ink.length));
        int top = side;
        int bottom = -1;
        for (int i = 0; i < ink.length; i++) {
            if (ink[i] > 0.5f) {
                top = Math.min(top, i / side);
                bottom = Math.max(bottom, i / side);
            }
        }
        return bottom - top + 1;
    }
}

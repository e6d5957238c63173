package app.digitpad.preprocess;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Turns an MNIST digit into a canvas the way people draw on the pad, so that recognition of drawings can
 * be measured: small in a corner, large, thick, thin or tilted, rendered at the pad's 280x280 size.
 */
public final class DrawnDigits {

    /** The pad's size in pixels. */
    public static final int CANVAS = 280;

    /** One way of drawing; each maps a 28x28 digit to a canvas. */
    public enum Distortion {
        CENTERED, SMALL_CORNER, LARGE, THICK, THIN, ROTATED_LEFT_20, ROTATED_RIGHT_20
    }

    private DrawnDigits() {
    }

    public static GrayImage render(float[] digit28, Distortion d) {
        return switch (d) {
            case CENTERED -> draw(digit28, 200, CANVAS / 2.0, CANVAS / 2.0, 0);
            case SMALL_CORNER -> draw(digit28, 56, 34, 34, 0);
            case LARGE -> draw(digit28, 276, CANVAS / 2.0, CANVAS / 2.0, 0);
            case THICK -> draw(morph(digit28, true, 2), 200, CANVAS / 2.0, CANVAS / 2.0, 0);
            case THIN -> draw(morph(digit28, false, 1), 200, CANVAS / 2.0, CANVAS / 2.0, 0);
            case ROTATED_LEFT_20 -> draw(digit28, 200, CANVAS / 2.0, CANVAS / 2.0, -20);
            case ROTATED_RIGHT_20 -> draw(digit28, 200, CANVAS / 2.0, CANVAS / 2.0, 20);
        };
    }

    /** Draws the digit's 28x28 field scaled to {@code size} px, centred at (cx, cy), rotated by degrees. */
    private static GrayImage draw(float[] field, double size, double cx, double cy, double degrees) {
        int side = (int) Math.round(Math.sqrt(field.length));
        BufferedImage src = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) Math.round(Math.max(0, Math.min(1, field[i])) * 255);
        }
        BufferedImage canvas = new BufferedImage(CANVAS, CANVAS, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform t = new AffineTransform();
            t.translate(cx, cy);
            t.rotate(Math.toRadians(degrees));
            t.scale(size / side, size / side);
            t.translate(-side / 2.0, -side / 2.0);
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        byte[] out = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        float[] ink = new float[out.length];
        for (int i = 0; i < out.length; i++) {
            ink[i] = (out[i] & 0xFF) / 255f;
        }
        return new GrayImage(CANVAS, CANVAS, ink);
    }

    /**
     * At twice MNIST's resolution, a 3x3 max (thicker) or min (thinner) filter applied {@code passes}
     * times: each pass moves every stroke edge by half an MNIST pixel. Thick: two passes (strokes about
     * 2 px wider); thin: one (about 1 px narrower; a second erases most MNIST strokes entirely).
     */
    private static float[] morph(float[] digit28, boolean dilate, int passes) {
        float[] img = Resampler.resize(digit28, 28, 28, 56, 56);
        for (int pass = 0; pass < passes; pass++) {
            float[] next = new float[img.length];
            for (int y = 0; y < 56; y++) {
                for (int x = 0; x < 56; x++) {
                    float v = dilate ? 0 : 1;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int xx = Math.max(0, Math.min(55, x + dx));
                            int yy = Math.max(0, Math.min(55, y + dy));
                            v = dilate ? Math.max(v, img[yy * 56 + xx]) : Math.min(v, img[yy * 56 + xx]);
                        }
                    }
                    next[y * 56 + x] = v;
                }
            }
            img = next;
        }
        return img;
    }
}

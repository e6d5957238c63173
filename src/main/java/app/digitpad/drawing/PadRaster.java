package app.digitpad.drawing;

import app.digitpad.preprocess.GrayImage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Paints the pad's strokes (and a loaded image) into pixels for the network, independently of the
 * screen canvas: round caps and joins, anti-aliased, white ink on black like MNIST. Doing it off the FX
 * thread from the stroke list means prediction never waits for a snapshot of the scene graph.
 */
public final class PadRaster {

    /** The pad's logical size; strokes are stored in these coordinates. */
    public static final int SIZE = 280;

    private PadRaster() {
    }

    /** The drawing as a greyscale image, ink white on black. */
    public static BufferedImage paint(GrayImage background, List<Stroke> strokes) {
        return paint(SIZE, SIZE, background, strokes);
    }

    /** The drawing on a pad of another size (the number pad is wider), as a greyscale image. */
    public static BufferedImage paint(int width, int height, GrayImage background, List<Stroke> strokes) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        if (background != null) {
            byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < px.length; i++) {
                px[i] = (byte) Math.round(background.ink()[i] * 255);
            }
        }
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            for (Stroke s : strokes) {
                paintStroke(g, s);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The drawing as ink for the normalizer. */
    public static GrayImage ink(GrayImage background, List<Stroke> strokes) {
        return ink(SIZE, SIZE, background, strokes);
    }

    /** The drawing on a pad of another size, as ink. */
    public static GrayImage ink(int width, int height, GrayImage background, List<Stroke> strokes) {
        BufferedImage img = paint(width, height, background, strokes);
        byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        float[] ink = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            ink[i] = (px[i] & 0xFF) / 255f;
        }
        return new GrayImage(width, height, ink);
    }

    private static void paintStroke(Graphics2D g, Stroke s) {
        List<Stroke.Point> pts = s.points();
        if (pts.size() == 1) {
            double r = s.width() / 2;
            g.fill(new Ellipse2D.Double(pts.get(0).x() - r, pts.get(0).y() - r, s.width(), s.width()));
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(pts.get(0).x(), pts.get(0).y());
        for (int i = 1; i < pts.size(); i++) {
            path.lineTo(pts.get(i).x(), pts.get(i).y());
        }
        g.setStroke(new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }
}

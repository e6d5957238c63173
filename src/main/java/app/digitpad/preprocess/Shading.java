package app.digitpad.preprocess;

/**
 * The paper's own shade where it changes across a picture: a photo lit from one side, or paper under tinted light,
 * is darker at one edge than the other, and one background level for the whole image left the darker side as faint
 * ink everywhere, which the number reader then took for noise (a blue-tinted photo of a clear six-digit number was
 * answered "ink in hundreds of specks"; BENCHMARKS.md, "Shaded paper"). The shade is taken on a coarse grid, each
 * cell's low percentile of ink (the paper, while strokes cover less than most of a cell), and is only used when one
 * level left much of the image as ink and the cells along the border disagree: a drawing on a pad, a scan, noise or a
 * photo that reads as before is left exactly as it was. Any thread; no state.
 */
final class Shading {

    /** Cells along the shorter side: larger than a digit on a photo, so a cell is mostly paper. */
    static final int CELLS = 8;
    /** Images shorter than this on a side are a digit or a canvas, not a photo: never shaded. */
    static final int MIN_SIDE = 200;
    /** The share of a cell's pixels darker than its paper: robust to strokes covering up to most of the cell. */
    static final double LOW = 0.2;
    /** Border cells whose paper differs by more than this much ink mean the paper is shaded. */
    static final float SHADED = 0.05f;

    /**
     * Above one background level, more ink than this on a photo is its paper's dark side or its grain: the bench's
     * grey photo, lit unevenly, read from its file 1.4% (left as it was); its pixels at half size without averaging,
     * grain at full strength, 2.5-3.9% (two of eight such photos read "?" before, none after); under blue light,
     * darker at one side, 41%.
     */
    static final double MUCH = 0.02;

    private static final int BINS = 256;

    private Shading() {
    }

    /**
     * Takes the paper's ink level off every pixel, in place, and says so; false (the ink untouched) when one
     * {@code background} level leaves no more than {@link #MUCH} of the image as ink, when the border shows one shade,
     * or when the image is small.
     */
    static boolean flatten(float[] ink, int width, int height, float background) {
        if (Math.min(width, height) < MIN_SIDE
                || InkExtractor.inkShare(ink, background, DigitNormalizer.INK_THRESHOLD) <= MUCH) {
            return false;
        }
        int side = (int) Math.ceil(Math.min(width, height) / (double) CELLS);
        int nx = (width + side - 1) / side;
        int ny = (height + side - 1) / side;
        float[] paper = cellPaper(ink, width, height, side, nx, ny);
        float low = Float.MAX_VALUE;
        float high = -Float.MAX_VALUE;
        for (int cy = 0; cy < ny; cy++) {
            for (int cx = 0; cx < nx; cx++) {
                if (cy == 0 || cy == ny - 1 || cx == 0 || cx == nx - 1) {
                    low = Math.min(low, paper[cy * nx + cx]);
                    high = Math.max(high, paper[cy * nx + cx]);
                }
            }
        }
        if (high - low <= SHADED) {
            return false;
        }
        subtract(ink, paper, nx, ny, side, width, height);
        return true;
    }

    /** Each cell's {@link #LOW} percentile of ink, from a histogram (one pass over the image). */
    private static float[] cellPaper(float[] ink, int width, int height, int side, int nx, int ny) {
        int[] counts = new int[nx * ny * BINS];
        for (int y = 0; y < height; y++) {
            int row = (y / side) * nx;
            for (int x = 0; x < width; x++) {
                int bin = Math.min(BINS - 1, Math.max(0, (int) (ink[y * width + x] * BINS)));
                counts[(row + x / side) * BINS + bin]++;
            }
        }
        float[] paper = new float[nx * ny];
        for (int c = 0; c < nx * ny; c++) {
            int cellW = Math.min(side, width - (c % nx) * side);
            int cellH = Math.min(side, height - (c / nx) * side);
            int wanted = (int) Math.ceil(LOW * cellW * cellH);
            int seen = 0;
            int bin = 0;
            while (bin < BINS - 1 && seen + counts[c * BINS + bin] < wanted) {
                seen += counts[c * BINS + bin++];
            }
            paper[c] = (bin + 0.5f) / BINS;
        }
        return paper;
    }

    /** Each pixel less the cells' paper there, bilinear between cell centres and level beyond the outer ones. */
    private static void subtract(float[] ink, float[] paper, int nx, int ny, int side, int width, int height) {
        for (int y = 0; y < height; y++) {
            double fy = Math.max(0, Math.min(ny - 1, (y + 0.5) / side - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(ny - 1, y0 + 1);
            double ty = fy - y0;
            for (int x = 0; x < width; x++) {
                double fx = Math.max(0, Math.min(nx - 1, (x + 0.5) / side - 0.5));
                int x0 = (int) fx;
                int x1 = Math.min(nx - 1, x0 + 1);
                double tx = fx - x0;
                double top = paper[y0 * nx + x0] * (1 - tx) + paper[y0 * nx + x1] * tx;
                double bottom = paper[y1 * nx + x0] * (1 - tx) + paper[y1 * nx + x1] * tx;
                ink[y * width + x] -= (float) (top * (1 - ty) + bottom * ty);
            }
        }
    }
}

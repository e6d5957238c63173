package app.digitpad.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.digitpad.checkpoint.CheckpointLoader;
import app.digitpad.checkpoint.ModelLibrary;
import app.digitpad.data.MnistSet;
import app.digitpad.inference.Predictor;
import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.ImageFiles;
import app.digitpad.drawing.PadRaster;
import app.digitpad.drawing.Stroke;
import app.digitpad.testing.HandDigits;
import app.digitpad.testing.Models;
import app.digitpad.testing.NumberImages;
import app.digitpad.testing.TestData;
import app.digitpad.verdict.DigitGate;
import app.digitpad.verdict.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading written numbers with the bundled model: made from MNIST test digits, and printed ones. */
class NumberReaderTest {

    private static Predictor predictor;
    private static NumberReader reader;
    private static NumberReader withoutJudge;

    @BeforeAll
    static void load() throws Exception {
        predictor = new Predictor(new CheckpointLoader().load(Models.bundled(), false).network(), "bncnn");
        ModelLibrary library = new ModelLibrary(Models.bundled().getParent());
        reader = new NumberReader(predictor, DigitGate.load(library.gate()), SegmentJudge.load(library.segmentJudge()));
        withoutJudge = new NumberReader(predictor, DigitGate.load(library.gate()), java.util.Optional.empty());
    }

    /**
     * The bench's photo (grey paper lit unevenly) under blue light, its right side darker still: one background
     * level for the whole picture left the dark side as faint ink, and the number was answered as noise.
     */
    @Test
    void aPhotoOfANumberUnderTintedLightDarkerAtOneSideIsRead() {
        NumberScenes.Scene scene = new NumberScenes(TestData.test()).photo(new java.util.Random(2));
        java.awt.image.BufferedImage photo = scene.image();
        int w = photo.getWidth() / 2;
        int h = photo.getHeight() / 2;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double grey = (photo.getRGB(2 * x, 2 * y) & 0xFF) * (1 - 0.45 * x / w);
                argb[y * w + x] = 0xFF000000 | (int) (grey * 0.8) << 16 | (int) (grey * 0.9) << 8 | (int) grey;
            }
        }
        NumberReading reading = reader.read(app.digitpad.preprocess.InkExtractor.fromArgb(argb, w, h)).orElseThrow();
        assertEquals(scene.truth(), reading.number(), reading.describe());
    }

    /**
     * The bench's photo under light five times dimmer, its grey pixels as a file gives them (Java's grey is linear, so
     * the paper is 0.43 in sRGB): the border's level alone took the paper's grain for light writing on dark paper.
     */
    @Test
    void aPhotoOfANumberUnderDimLightIsRead() {
        NumberScenes.Scene scene = new NumberScenes(TestData.test()).photo(new java.util.Random(3));
        java.awt.image.Raster photo = scene.image().getRaster();
        int w = scene.image().getWidth() / 2;
        int h = scene.image().getHeight() / 2;
        java.awt.image.BufferedImage dim = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                dim.getRaster().setSample(x, y, 0, Math.round(photo.getSample(2 * x, 2 * y, 0) * 0.2f));
            }
        }
        int[] argb = dim.getRGB(0, 0, w, h, null, 0, w);
        NumberReading reading = reader.read(app.digitpad.preprocess.InkExtractor.fromArgb(argb, w, h)).orElseThrow();
        assertEquals(scene.truth(), reading.number(), reading.describe());
    }

    @Test
    void eachDigitOfANumberIsReadAsTheMeanOfItsViews() {
        for (NumberLayouts.Gap gap : NumberLayouts.Gap.values()) {
            NumberLayouts.Layout layout = new NumberLayouts(TestData.realDigits()).make(new java.util.Random(3), 4, gap);
            NumberReading reading = reader.read(layout.image()).orElseThrow();
            for (DigitReading digit : reading.digits()) {
                float[] views = predictor.predictViews(digit.input()).probabilities();
                assertArrayEquals(views, digit.verdict().prediction().probabilities(),
                        1e-6f, gap + " " + layout.truth() + " read " + reading.number());
            }
        }
    }

    @Test
    void aWideFiveWhoseBowlLiesAgainstANarrowSixsStemIsReadFiveSix() {
        // The first 56 of the benchmark's strangers' touching numbers of two digits: a wide 5 whose bowl lies against
        // a narrow 6's stem for eight rows, together hardly wider than one digit. Every seam parts them through the
        // 6's loop, and it read 55 until a group the judge doubts is one digit got the straight cuts too.
        NumberLayouts layouts = new NumberLayouts(TestData.realDigits());
        java.util.Random random = new java.util.Random(
                NumberBenchmark.SEED * 1_000 + NumberLayouts.Gap.TOUCHING.ordinal() * 100L + 2);
        NumberLayouts.Layout layout = java.util.stream.Stream.generate(() -> layouts.make(random, 2, NumberLayouts.Gap.TOUCHING))
                .limit(100).filter(made -> made.truth().equals("56")).findFirst().orElseThrow();
        assertEquals("56", reader.read(layout.image()).map(NumberReading::number).orElse(""));
    }

    @Test
    void aStrangersDigitBrokenByAGapIsNotReadAsTwo() {
        NumberLayouts broken = new NumberLayouts(TestData.realDigits(), new StrokeGaps(1));
        int longer = 0;
        int right = 0;
        int numbers = 0;
        for (NumberLayouts.Gap gap : List.of(NumberLayouts.Gap.WIDE, NumberLayouts.Gap.NARROW)) {
            java.util.Random random = new java.util.Random(7);
            for (int i = 0; i < 50; i++) {
                NumberLayouts.Layout layout = broken.make(random, 2 + i % 5, gap);
                String read = reader.read(layout.image()).map(NumberReading::number).orElse("");
                longer += read.length() > layout.truth().length() ? 1 : 0;
                right += read.equals(layout.truth()) ? 1 : 0;
                numbers++;
            }
        }
        // Every digit of these 100 separated numbers of writers nothing here saw has a gap across one stroke.
        // Measured (2026-12-06): 3 read with an extra digit, 93 read right (on 200, 2026-12-03: 3 and 183); most
        // wrong ones are a broken 6 read 5.
        assertEquals(100, numbers);
        assertTrue(longer <= 4, longer + " numbers read with an extra digit");
        assertTrue(right >= 90, right + " of 100 read right");
    }

    @Test
    void aCandidateIsScoredByTheJudgeTimesHowSurelyTheModelReadsIt() {
        GrayImage image = new GrayImage(MnistSet.SIDE, MnistSet.SIDE, TestData.test().image(0));
        Piece digit = InkComponents.of(image).stream().max(java.util.Comparator.comparingInt(Piece::area)).orElseThrow();
        NumberReader.Line line = NumberReader.Line.of(List.of(digit));
        double[] scores = {0.5, CutSearch.READ_ABOVE / 2};
        CutSearch.readable(image, line, predictor, List.of(digit, digit), scores);
        float[] input = app.digitpad.preprocess.DigitNormalizer.normalize(NumberReader.isolate(image, line, digit)).orElseThrow();
        assertEquals(0.5 * Math.pow(predictor.predict(input).confidence(), CutSearch.MODEL_WEIGHT), scores[0], 1e-6);
        assertTrue(scores[0] < 0.5, "no model is sure of everything: " + scores[0]);
        assertEquals(CutSearch.READ_ABOVE / 2, scores[1], 0, "a candidate the judge rules out is not read");
    }

    @Test
    void aZeroWithAHairlineSideIsReadFromTheImagesOwnPixelsNotFromTheShrunkCopy() {
        // A 1 and a 0 100 px tall whose right side is a 0.8 px hairline, as some handwriting fonts draw it. Shrunk to
        // the reading height the hairline fades below the normalizer's ink level and the 0 read as 6 (59.5%).
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(400, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.setStroke(new java.awt.BasicStroke(9, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND));
        g.drawLine(120, 50, 120, 150);
        g.draw(new java.awt.geom.Arc2D.Double(200, 50, 64, 100, 90, 180, java.awt.geom.Arc2D.OPEN));
        g.setStroke(new java.awt.BasicStroke(0.8f));
        g.draw(new java.awt.geom.Arc2D.Double(200, 50, 64, 100, -90, 180, java.awt.geom.Arc2D.OPEN));
        g.dispose();
        GrayImage image = app.digitpad.preprocess.InkExtractor.fromArgb(picture.getRGB(0, 0, 400, 200, null, 0, 400),
                400, 200);
        NumberReading reading = reader.read(image).orElseThrow();
        assertEquals("10", reading.number(), reading.describe());
        assertTrue(reading.digits().get(1).confidence() > 0.9, reading.describe());
        assertTrue(reading.digits().get(1).ink().height() > 2 * WritingScale.READ_HEIGHT,
                "read from the image's pixels: " + reading.digits().get(1).ink().height());
    }

    @Test
    void printedNumbersReadInBothPolaritiesLeftToRight(@TempDir Path dir) throws Exception {
        for (boolean darkOnLight : new boolean[] {true, false}) {
            GrayImage image = ImageFiles.read(NumberImages.write(dir, "n.png", "2026", darkOnLight, 14));
            NumberReading reading = reader.read(image).orElseThrow();
            assertEquals("2026", reading.number());
            assertTrue(reading.inDoubt().isEmpty(), reading.describe());
            for (int i = 1; i < 4; i++) {
                assertTrue(reading.digits().get(i).box().x0() > reading.digits().get(i - 1).box().x1(), "left to right");
            }
        }
    }

    @Test
    void strokesOnThePadStayApartWhereTheirInkTouches() {
        // "2026" and "203" written so close that neighbouring digits overlap: as one image they merge,
        // as strokes each digit is its own.
        for (String text : List.of("2026", "203", "31")) {
            List<Stroke> strokes = HandDigits.strokes(text, 60, 50, 105, 110, 180, Stroke.DEFAULT_WIDTH);
            NumberReading reading = reader.readStrokes(3 * PadRaster.SIZE, PadRaster.SIZE, strokes).orElseThrow();
            assertEquals(text, reading.number(), reading.describe());
        }
    }

    @Test
    void aOneWrittenCloseAgainstTheDigitBeforeItOnThePadIsStillADigit() {
        // The 1 shares columns with the digit before it: one group by the grouping alone. At 64-68 px apart it
        // is clear of the digit's ink, and the judge splits the group between the strokes, sure of it.
        for (int cell : new int[] {64, 68}) {
            for (String text : List.of("31", "21")) {
                List<Stroke> strokes = HandDigits.strokes(text, 60, 50, cell, 110, 180, Stroke.DEFAULT_WIDTH);
                assertEquals(1, withoutJudge.readStrokes(3 * PadRaster.SIZE, PadRaster.SIZE, strokes).orElseThrow()
                        .digits().size(), text + " without the judge, " + cell + " px apart");
                NumberReading reading = reader.readStrokes(3 * PadRaster.SIZE, PadRaster.SIZE, strokes).orElseThrow();
                assertEquals(text, reading.number(), cell + " px apart: " + reading.describe());
                assertTrue(reading.inDoubt().isEmpty(), reading.describe());
            }
        }
    }

    @Test
    void aOneWrittenAcrossTheDigitBeforeItIsReadOrInDoubtOnThePad() {
        // Closer, the 1 crosses the tips of the 3, the foot of the 2 or the side of the 0, and the judge scores the
        // pair as one digit no better than WEAK_CUT, or the 1 alone worse. The pad's split is judged as an image's:
        // in doubt, never a sure "3", "2" or "0". With one or three judge networks a 2 crossed at 56-59 px read a
        // sure "2"; five are in doubt there (BENCHMARKS.md).
        for (int cell = 56; cell <= 63; cell++) {
            for (String text : List.of("31", "21", "01")) {
                List<Stroke> strokes = HandDigits.strokes(text, 60, 50, cell, 110, 180, Stroke.DEFAULT_WIDTH);
                NumberReading reading = reader.readStrokes(3 * PadRaster.SIZE, PadRaster.SIZE, strokes).orElseThrow();
                assertTrue(reading.number().equals(text) || reading.inDoubt().isPresent(), cell + ": " + reading.describe());
            }
        }
    }

    @Test
    void aDotOnTheBaselineBetweenDigitsIsADecimalPoint(@TempDir Path dir) throws Exception {
        for (String text : List.of("3.1", "20.658")) {
            GrayImage image = ImageFiles.read(NumberImages.write(dir, "dot.png", text, true, 14));
            NumberReading reading = reader.read(image).orElseThrow();
            assertEquals(text, reading.number(), reading.describe());
            assertEquals(1, reading.points().size());
            assertEquals(text.replace(".", "").length(), reading.digits().size());
            assertTrue(reading.inDoubt().isEmpty(), reading.describe());
        }
        List<Stroke> strokes = HandDigits.strokes("20.63", 60, 50, 105, 110, 180, Stroke.DEFAULT_WIDTH);
        NumberReading onPad = reader.readStrokes(5 * PadRaster.SIZE, PadRaster.SIZE, strokes).orElseThrow();
        assertEquals("20.63", onPad.number(), onPad.describe());

        // As people write it: the dot close after the 0 (a few pixels from its ink), the 6 a little further on.
        List<Stroke> close = new java.util.ArrayList<>(HandDigits.strokes("20", 60, 50, 120, 100, 180,
                Stroke.DEFAULT_WIDTH));
        double dotX = 60 + 120 + 100 + Stroke.DEFAULT_WIDTH + 6;
        close.add(new Stroke(Stroke.DEFAULT_WIDTH, List.of(new Stroke.Point(dotX, 224), new Stroke.Point(dotX + 2, 226))));
        close.addAll(HandDigits.strokes("6", dotX + 40, 50, 120, 100, 180, Stroke.DEFAULT_WIDTH));
        NumberReading written = reader.readStrokes(5 * PadRaster.SIZE, PadRaster.SIZE, close).orElseThrow();
        assertEquals("20.6", written.number(), written.describe());
    }

    @Test
    void aDotHighUpOrOverADigitIsNoDecimalPoint(@TempDir Path dir) throws Exception {
        GrayImage image = ImageFiles.read(NumberImages.write(dir, "dot.png", "3\u00b71", true, 14));
        NumberReading reading = reader.read(image).orElseThrow();
        assertTrue(reading.points().isEmpty(), "a middle dot is not on the baseline: " + reading.describe());
        assertEquals("3?1 (the 2nd digit is not a digit: " + Verdict.TOO_SMALL + ")", reading.describe());
    }

    @Test
    void aDetachedTopBarJoinsTheDigitUnderItAndNeighboursStayApart() {
        int w = 80;
        int h = 40;
        float[] ink = new float[w * h];
        for (int x = 14; x < 30; x++) {
            ink[6 * w + x] = 1;              // the bar, not touching the body
        }
        for (int x = 12; x <= 28; x++) {     // the body: a box outline under the bar
            ink[14 * w + x] = 1;
            ink[34 * w + x] = 1;
        }
        for (int y = 14; y <= 34; y++) {
            ink[y * w + 12] = 1;
            ink[y * w + 28] = 1;
        }
        for (int y = 10; y <= 34; y++) {     // a neighbour: a vertical stroke 20 px to the right
            ink[y * w + 50] = 1;
        }
        List<Piece> pieces = InkComponents.of(new GrayImage(w, h, ink));
        assertEquals(3, pieces.size());
        List<Piece> groups = Grouping.of(pieces, ink);
        assertEquals(2, groups.size());
        assertTrue(groups.stream().anyMatch(g -> g.box().equals(new Box(12, 6, 29, 34))), groups.toString());
    }

    @Test
    void imagesAFewPixelsThinAndRuledLinesAreOneThingTooThinToRead() {
        for (int[] size : new int[][] {{500, 1}, {1, 300}, {200, 4}}) {
            float[] ink = new float[size[0] * size[1]];
            for (int i = 0; i < ink.length; i += 2) {
                ink[i] = 1f;
            }
            assertTooThin(new GrayImage(size[0], size[1], ink), size[0] + "x" + size[1]);
        }
        float[] ruled = new float[300 * 100];
        for (int x = 10; x < 290; x++) {
            ruled[50 * 300 + x] = 1f;
        }
        assertTooThin(new GrayImage(300, 100, ruled), "a 1 px line across 300x100 (was 280 digits, each ?)");
    }

    /** One digit, "not a digit: too thin to read", as {@code predict} says of the same image. */
    private static void assertTooThin(GrayImage image, String what) {
        NumberReading reading = reader.read(image).orElseThrow();
        assertEquals(1, reading.digits().size(), what + ": " + reading.describe());
        Verdict verdict = reading.digits().get(0).verdict();
        assertEquals(Verdict.Kind.NOT_A_DIGIT, verdict.kind(), what);
        assertEquals(java.util.Optional.of(Verdict.TOO_THIN), verdict.reason(), what);
    }

    @Test
    void aLineRuledUnderOrOverANumberIsNotPartOfIt() {
        NumberLayouts layouts = new NumberLayouts(TestData.test());
        java.util.Random random = new java.util.Random(5);
        int same = 0;
        for (int i = 0; i < 10; i++) {
            NumberLayouts.Layout layout = layouts.make(random, 3 + i % 4, NumberLayouts.Gap.WIDE);
            GrayImage plain = layout.image();
            int w = plain.width();
            int h = plain.height() + 16;
            float[] ruled = new float[w * h];
            for (int y = 0; y < plain.height(); y++) {
                System.arraycopy(plain.ink(), y * w, ruled, (y + 8) * w, w);
            }
            for (int x = 2; x < w - 2; x++) {
                ruled[2 * w + x] = 1f;
                ruled[(h - 3) * w + x] = 1f;
                ruled[(h - 2) * w + x] = 1f;
            }
            String without = reader.read(plain).map(NumberReading::number).orElse("");
            String with = reader.read(new GrayImage(w, h, ruled)).map(NumberReading::number).orElse("");
            assertEquals(without, with, layout.truth() + ": the lines change nothing");
            same += with.equals(layout.truth()) ? 1 : 0;
        }
        // Measured: all 10 read the same with a line ruled over and under them as without, 9 of them right; before
        // the lines were set aside, a line under a number joined all its digits into one group (8380 read 3382).
        assertTrue(same >= 9, same + " of 10 read right");
    }

    @Test
    void twoNumbersOneAboveTheOtherAreAnsweredAsLinesNotReadAsColumns() {
        NumberLayouts layouts = new NumberLayouts(TestData.test());
        java.util.Random random = new java.util.Random(9);
        GrayImage top = layouts.make(random, 4, NumberLayouts.Gap.WIDE).image();
        GrayImage bottom = layouts.make(random, 4, NumberLayouts.Gap.WIDE).image();
        int w = Math.max(top.width(), bottom.width());
        float[] ink = new float[w * (top.height() + bottom.height())];
        for (int y = 0; y < top.height(); y++) {
            System.arraycopy(top.ink(), y * top.width(), ink, y * w, top.width());
        }
        for (int y = 0; y < bottom.height(); y++) {
            System.arraycopy(bottom.ink(), y * bottom.width(), ink, (top.height() + y) * w, bottom.width());
        }
        NumberReading reading = reader.read(new GrayImage(w, top.height() + bottom.height(), ink)).orElseThrow();
        assertEquals(1, reading.digits().size(), reading.describe());
        Verdict verdict = reading.digits().get(0).verdict();
        assertEquals(Verdict.Kind.NOT_A_DIGIT, verdict.kind());
        assertTrue(verdict.reason().orElseThrow().contains("2 lines"), verdict.toString());
        assertEquals(4, reader.read(top).orElseThrow().digits().size(), "each alone is one line, read");
    }

    /** Grey noise as a file gives it: specks everywhere, as {@code predict} answers (800x300 read 2, 2000x300 2). */
    @Test
    void noiseShrunkToTheReadingHeightIsSpecksNotDigits() {
        java.util.Random random = new java.util.Random(5);
        for (int[] size : new int[][] {{800, 300}, {2000, 300}, {100, 1500}}) {
            NumberReading reading = reader.read(app.digitpad.testing.GreyNoise.image(random, size[0], size[1])).orElseThrow();
            for (DigitReading digit : reading.digits()) {
                assertEquals(java.util.Optional.of(Verdict.SPECKLED), digit.verdict().reason(), reading.describe());
            }
        }
    }

    /** Digits cut out of touching ones put their split in doubt when the model is less than 90% sure of one. */
    @Test
    void aCutOutDigitReadLessThanNinetyPercentSurePutsTheSplitInDoubt() {
        DigitReading sure = reading(3, 0.97f);
        DigitReading weak = reading(5, 0.85f);
        assertTrue(NumberReader.unsure(List.of(sure, weak)), "a 5 at 85% cut out beside a 3");
        assertTrue(!NumberReader.unsure(List.of(sure, reading(8, 0.93f))), "both above 90%");
        assertTrue(!NumberReader.unsure(List.of(weak)), "one digit alone was not cut out");
    }

    private static DigitReading reading(int digit, float confidence) {
        float[] p = new float[10];
        java.util.Arrays.fill(p, (1 - confidence) / 9);
        p[digit] = confidence;
        app.digitpad.inference.Prediction prediction = app.digitpad.inference.Prediction.of(p);
        return new DigitReading(new Box(0, 0, 9, 9), new Verdict(Verdict.Kind.DIGIT, prediction, java.util.Optional.empty()),
                new float[784], new GrayImage(28, 28, new float[784]));
    }

    @Test
    void blankImageHasNoNumber() {
        assertTrue(reader.read(new GrayImage(50, 20, new float[1000])).isEmpty());
    }
}

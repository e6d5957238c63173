package app.digitpad.segment;

import app.digitpad.preprocess.GrayImage;
import app.digitpad.preprocess.InkPieces;
import app.digitpad.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last repair of a number's reading: a group whose digit is still refused once it is split is read again
 * as the ink around it allows, and the first way that reads as a confident digit is kept, in doubt. A written
 * digit is refused in its number when a speck lies beside it (a 1 with a dot of dust at its side, which the
 * grouping joins to it), when a cut left a stroke apart from its digit (a 6 cut into a 1 and the rest), or when
 * one of its strokes stands apart from the rest (a 5 whose top bar does not reach its body, shown as a 1 and a
 * line). Only refused groups are read again, so a number read without a refusal is never changed; a dot under or
 * over a stroke (as in ! or i) shares its columns and is not a speck beside, a refused group as tall as a digit is
 * not a stroke of a neighbour, and ink read again as one digit is never much wider than a digit, so that a doodle
 * written between digits or against one mostly stays refused (BENCHMARKS.md, "A digit refused in its number, read
 * again"). One use, on the thread that reads the number.
 */
final class Rejoin {

    /** A refused group shorter than this share of the line's digit height may be a stroke of a neighbour. */
    static final double STROKE = 0.6;
    /**
     * Ink read again as one digit (without specks, uncut, or joined) is at most this many digit heights wide: a
     * digit's strokes are, while a digit with a doodle against it is wider, and was read as the digit with the
     * doodle hidden.
     */
    static final double WIDEST = 1.25;

    /** Reads each piece as one whole digit, in one batch; empty where a piece holds no ink. */
    interface WholeDigits {
        List<Optional<DigitReading>> read(List<Piece> pieces);
    }

    /** One way to read group {@code group} again: as {@code piece}, taking in the neighbour {@code joins} (or -1). */
    private record Way(int group, int joins, Piece piece) {
    }

    private Rejoin() {
    }

    /**
     * Replaces, in {@code digits}, each refused group's reading by its first repair that reads as a confident
     * digit (a neighbour it takes in is emptied) and marks it doubted.
     */
    static void repair(List<CutSearch.Split> splits, List<List<DigitReading>> digits, boolean[] doubted,
                       NumberReader.Line line, int imageWidth, WholeDigits reader) {
        List<Way> ways = new ArrayList<>();
        for (int g = 0; g < splits.size(); g++) {
            if (GroupDigits.refused(digits.get(g))) {
                ways.addAll(waysFor(g, splits, line, imageWidth));
            }
        }
        if (ways.isEmpty()) {
            return;
        }
        List<Optional<DigitReading>> read = reader.read(ways.stream().map(Way::piece).toList());
        boolean[] changed = new boolean[splits.size()];
        for (int w = 0; w < ways.size(); w++) {
            Way way = ways.get(w);
            boolean free = way.joins() < 0 || !changed[way.joins()];
            boolean sure = read.get(w).filter(d -> d.verdict().kind() == Verdict.Kind.DIGIT).isPresent();
            if (!changed[way.group()] && free && sure) {
                digits.set(way.group(), List.of(read.get(w).get()));
                doubted[way.group()] = true;
                changed[way.group()] = true;
                if (way.joins() >= 0) {
                    digits.set(way.joins(), List.of());
                    changed[way.joins()] = true;
                }
            }
        }
    }

    /** The ways to read group {@code g} again, the likeliest first. */
    private static List<Way> waysFor(int g, List<CutSearch.Split> splits, NumberReader.Line line, int imageWidth) {
        CutSearch.Split split = splits.get(g);
        List<Way> ways = new ArrayList<>();
        int speck = (int) Math.ceil(Grouping.SPECK * line.box().height());
        double widest = WIDEST * line.digitHeight();
        withoutSpecksBeside(split.group(), imageWidth, speck).filter(p -> p.box().width() <= widest)
                .ifPresent(p -> ways.add(new Way(g, -1, p)));
        if (split.digits().size() > 1 && split.group().box().width() <= widest) {
            ways.add(new Way(g, -1, split.group()));
        }
        Box box = split.group().box();
        if (box.height() < STROKE * line.digitHeight()) {
            double reach = Fragments.NEAR * line.digitHeight();
            List<Integer> near = new ArrayList<>();
            for (int n : new int[] {g - 1, g + 1}) {
                if (n >= 0 && n < splits.size() && box.xGap(splits.get(n).group().box()) <= reach
                        && box.union(splits.get(n).group().box()).width() <= widest) {
                    near.add(n);
                }
            }
            near.sort((a, b) -> Integer.compare(box.xGap(splits.get(a).group().box()),
                    box.xGap(splits.get(b).group().box())));
            near.forEach(n -> ways.add(new Way(g, n, split.group().merge(splits.get(n).group()))));
        }
        return ways;
    }

    /**
     * The group without its specks (pieces smaller than {@code speck} pixels each way) that share no column with
     * the rest of its ink; empty when it has none, or nothing else.
     */
    static Optional<Piece> withoutSpecksBeside(Piece group, int imageWidth, int speck) {
        List<Piece> parts = components(group, imageWidth);
        List<Piece> specks = parts.stream()
                .filter(p -> Math.max(p.box().width(), p.box().height()) < speck).toList();
        List<Piece> rest = parts.stream().filter(p -> !specks.contains(p)).toList();
        if (specks.isEmpty() || rest.isEmpty()) {
            return Optional.empty();
        }
        Box body = rest.stream().map(Piece::box).reduce(Box::union).orElseThrow();
        List<Piece> kept = new ArrayList<>(rest);
        specks.stream().filter(s -> s.box().xOverlap(body) > 0).forEach(kept::add);
        if (kept.size() == parts.size()) {
            return Optional.empty();
        }
        return Optional.of(kept.stream().reduce(Piece::merge).orElseThrow());
    }

    /** The 8-connected pieces of a group's pixels, found by {@link InkPieces} on an image of the group's box. */
    static List<Piece> components(Piece group, int imageWidth) {
        Box box = group.box();
        float[] ink = new float[box.width() * box.height()];
        for (int p : group.pixels()) {
            ink[(p / imageWidth - box.y0()) * box.width() + p % imageWidth - box.x0()] = 1f;
        }
        List<Piece> out = new ArrayList<>();
        for (int[] piece : InkPieces.of(new GrayImage(box.width(), box.height(), ink))) {
            int[] pixels = new int[piece.length];
            for (int i = 0; i < piece.length; i++) {
                int x = piece[i] % box.width() + box.x0();
                pixels[i] = (piece[i] / box.width() + box.y0()) * imageWidth + x;
            }
            out.add(Piece.of(pixels, imageWidth));
        }
        return out;
    }
}

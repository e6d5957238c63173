package app.digitpad.segment;

import app.digitpad.preprocess.DigitNormalizer;
import app.digitpad.preprocess.GrayImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The 8-connected pieces of an image's ink (pixels above the normalizer's ink threshold): the first cut
 * of a written number into digits. Any thread; no state.
 */
final class InkComponents {

    private InkComponents() {
    }

    /** The components, in no particular order. */
    static List<Piece> of(GrayImage image) {
        int w = image.width();
        int h = image.height();
        float[] ink = image.ink();
        boolean[] seen = new boolean[ink.length];
        int[] stack = new int[ink.length];
        List<Piece> pieces = new ArrayList<>();
        for (int start = 0; start < ink.length; start++) {
            if (seen[start] || ink[start] <= DigitNormalizer.INK_THRESHOLD) {
                continue;
            }
            int size = 0;
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int[] members = new int[16];
            while (top > 0) {
                int p = stack[--top];
                if (size == members.length) {
                    members = java.util.Arrays.copyOf(members, size * 2);
                }
                members[size++] = p;
                int x = p % w;
                int y = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (!seen[q] && ink[q] > DigitNormalizer.INK_THRESHOLD) {
                            seen[q] = true;
                            stack[top++] = q;
                        }
                    }
                }
            }
            pieces.add(Piece.of(java.util.Arrays.copyOf(members, size), w));
        }
        return pieces;
    }
}

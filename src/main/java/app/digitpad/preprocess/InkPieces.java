package app.digitpad.preprocess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 8-connected pieces of an image's ink (pixels above {@link DigitNormalizer#INK_THRESHOLD}), found once
 * here for both readers of pieces: a written number's first cut into digits and the single-digit verdict's
 * "dot apart" rule. Any thread; no state.
 */
public final class InkPieces {

    private InkPieces() {
    }

    /**
     * Each piece's pixels (indices {@code y * width + x}); pieces in the order their first pixel comes in a
     * row-by-row scan, pixels in the order a depth-first walk reaches them.
     */
    public static List<int[]> of(GrayImage image) {
        int w = image.width();
        int h = image.height();
        float[] ink = image.ink();
        boolean[] seen = new boolean[ink.length];
        int[] stack = new int[ink.length];
        List<int[]> pieces = new ArrayList<>();
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
                    members = Arrays.copyOf(members, size * 2);
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
            pieces.add(Arrays.copyOf(members, size));
        }
        return pieces;
    }
}

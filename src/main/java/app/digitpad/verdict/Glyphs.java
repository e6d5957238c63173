package app.digitpad.verdict;

import java.util.Random;

/**
 * Letters and symbols as stroke plans (the way a hand writes them, stroke by stroke), for the kinds added
 * after the first nineteen. Letters a person could mean as a digit (O, I, l, S, Z, B, G, b, g, q, P) are left
 * out: the gate must not learn to refuse a digit. Never rendered from a font (fonts are how outside tests are
 * made). A '>' is left out too: slanted, it is a 7. Any thread may call it.
 */
final class Glyphs {

    private Glyphs() {
    }

    static Sketch plan(NotDigits.Kind kind, Random r) {
        Sketch s = new Sketch();
        return switch (kind) {
            case LETTER_C -> s.arc(0.1, 0, 0.8, 1, -50, -310);
            case LETTER_D -> s.move(-0.6, 1).line(-0.6, -1).arc(-0.6, 0, 1.3, 1, -90, 90);
            case LETTER_F -> s.move(0.6, -1).line(-0.5, -1).line(-0.5, 1).move(-0.5, 0).line(0.3, 0);
            case LETTER_N -> s.move(-0.6, 1).line(-0.6, -1).line(0.6, 1).line(0.6, -1);
            case LETTER_R -> s.move(-0.6, 1).line(-0.6, -1).arc(-0.6, -0.5, 1.1, 0.5, -90, 90).line(0.6, 1);
            case LETTER_T -> s.move(-0.8, -1).line(0.8, -1).move(0, -1).line(0, 1);
            case LETTER_U -> s.move(-0.7, -1).line(-0.7, 0.3).arc(0, 0.3, 0.7, 0.7, 180, 0).line(0.7, -1);
            case LETTER_V -> s.move(-0.7, -1).line(0, 1).line(0.7, -1);
            case LETTER_Y -> s.move(-0.7, -1).line(0, 0).move(0.7, -1).line(0, 0).line(0, 1);
            case SMALL_E -> s.move(-0.6, 0.1).line(0.6, 0.1).arc(0, 0.1, 0.6, 0.7, 0, -320);
            case SMALL_H -> s.move(-0.6, -1).line(-0.6, 1).move(-0.6, 0.2).arc(0, 0.2, 0.6, 0.5, 180, 360).line(0.6, 1);
            case SMALL_M -> s.move(-0.9, 1).line(-0.9, -0.2).arc(-0.45, -0.2, 0.45, 0.5, 180, 360).line(0, 1)
                    .move(0, -0.2).arc(0.45, -0.2, 0.45, 0.5, 180, 360).line(0.9, 1);
            case SMALL_N -> s.move(-0.6, 1).line(-0.6, -0.6).move(-0.6, -0.1).arc(0, -0.1, 0.6, 0.6, 180, 360).line(0.6, 1);
            case SMALL_R -> s.move(-0.4, 1).line(-0.4, -0.6).move(-0.4, -0.1).arc(0.2, -0.1, 0.6, 0.5, 180, 300);
            case PLUS -> s.move(0, -1).line(0, 1).move(-1, 0).line(1, 0);
            case EQUALS -> s.move(-0.9, -0.4).line(0.9, -0.4).move(-0.9, 0.4).line(0.9, 0.4);
            case HASH -> s.move(-0.3, -1).line(-0.45, 1).move(0.45, -1).line(0.3, 1)
                    .move(-0.9, -0.35).line(0.9, -0.35).move(-0.9, 0.35).line(0.9, 0.35);
            case ASTERISK -> asterisk(s, r.nextDouble() * 60);
            case QUESTION -> s.arc(0, -0.45, 0.6, 0.55, 200, 450).line(0, 0.45).dot(0, 0.9);
            case EXCLAMATION -> s.move(0, -1).line(0, 0.5).dot(0, 0.95);
            case PERCENT -> s.ellipse(-0.55, -0.6, 0.3, 0.35, r).move(0.7, -1).line(-0.7, 1).ellipse(0.55, 0.6, 0.3, 0.35, r);
            case AT -> s.ellipse(0.05, 0.05, 0.35, 0.4, r).move(0.4, -0.35).line(0.4, 0.3).arc(0, 0, 0.95, 0.95, 20, -320);
            case CHEVRON -> s.move(0.7, -0.9).line(-0.7, 0).line(0.7, 0.9);
            default -> throw new IllegalArgumentException("not a letter or symbol: " + kind);
        };
    }

    private static Sketch asterisk(Sketch s, double start) {
        for (int i = 0; i < 3; i++) {
            double a = Math.toRadians(start + 60 * i);
            s.move(-Math.cos(a), -Math.sin(a)).line(Math.cos(a), Math.sin(a));
        }
        return s;
    }
}

package app.digitpad.ui.draw;

import app.digitpad.inference.Prediction;
import app.digitpad.verdict.Verdict;
import java.util.Optional;

/**
 * The pad's answer in words: the big headline (a digit, "?" when not sure or no model, "–" for not a
 * digit, "!" for an error) and the line under it. Kept apart from {@link DrawModel} so the wording has one
 * home. Immutable; any thread.
 */
record AnswerText(String headline, String detail) {

    /** {@code error}: why the drawing could not be read (null if it could); {@code inked}: the pad holds ink. */
    static AnswerText of(String error, boolean inked, Optional<Verdict> verdict) {
        if (error != null) {
            return new AnswerText("!", error);
        }
        if (!inked) {
            return new AnswerText("", DrawModel.EMPTY_TEXT);
        }
        if (verdict.isEmpty()) {
            return new AnswerText("?", "No model loaded");
        }
        if (verdict.get().kind() == Verdict.Kind.NOT_A_DIGIT) {
            return new AnswerText("–", "Not a digit: " + verdict.get().reason().orElse("does not look like one"));
        }
        Prediction p = verdict.get().prediction();
        int pct = Math.round(100 * p.confidence());
        return p.confident() ? new AnswerText(Integer.toString(p.digit()), pct + "% sure")
                : new AnswerText("?", "not sure: best guess " + p.digit() + " (" + pct + "%)");
    }
}

package app.digitpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.digitpad.training.FitLoop;
import app.digitpad.verdict.LeaveOneKindOut;
import app.digitpad.verdict.NotDigits.Kind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a leave-one-kind-out run of hours shows: a bar per gate, and when stopped, how to measure the rest. */
class KindsLeftOutTest {

    @Test
    void aStoppedRunNamesTheKindsItDidNotReachAsTheOptionThatMeasuresThem() {
        List<Kind> asked = List.of(Kind.HOUSE, Kind.SUN, Kind.LETTER_D, Kind.SMALL_E);
        List<LeaveOneKindOut.Row> rows = List.of(new LeaveOneKindOut.Row(Kind.HOUSE, 0.025, 0.975, 0.0019),
                new LeaveOneKindOut.Row(Kind.SUN, 0.975, 1, 0.0019));

        assertEquals("Stopped after 2 of 4 kinds; to measure the rest: --kinds letter_d,small_e",
                KindsLeftOut.stopped(asked, rows));
    }

    @Test
    void eachGateIsNamedByWhatItLeavesOutInTheOrderTheyTrain() {
        List<Kind> asked = List.of(Kind.HOUSE, Kind.LETTER_D);

        assertEquals(List.of("house", "letter_d"), KindsLeftOut.gates(asked, false, false));
        assertEquals(List.of("2 kinds"), KindsLeftOut.gates(asked, true, false));
        assertEquals(List.of("house (network 1/2)", "house (network 2/2)", "letter_d (network 1/2)",
                "letter_d (network 2/2)"), KindsLeftOut.gates(asked, false, true));
    }

    @Test
    void aNewBarBeginsAtEachGatesFirstStepAfterALineNamingWhatItLeavesOut() {
        StringWriter err = new StringWriter();
        try (GateProgress bars = new GateProgress(new PrintWriter(err), List.of("house", "sun"), 2)) {
            bars.stepDone(new FitLoop.Step(1, 1, 3, 0.7, 32, 100));
            bars.stepDone(new FitLoop.Step(1, 2, 3, 0.6, 64, 100));
            bars.stepDone(new FitLoop.Step(2, 1, 3, 0.5, 32, 100));
            assertEquals(1, bars.begun());
            bars.stepDone(new FitLoop.Step(1, 1, 3, 0.7, 32, 100));
            assertEquals(2, bars.begun());
        }
        assertEquals(List.of("Gate 1/2: trained without house, 2 epochs", "Gate 2/2: trained without sun, 2 epochs"),
                err.toString().lines().toList());
    }
}

package app.digitpad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.digitpad.verdict.LeaveOneKindOut;
import app.digitpad.verdict.NotDigits.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line a stopped leave-one-kind-out run ends with: a run of hours is picked up where it stopped. */
class KindsLeftOutTest {

    @Test
    void aStoppedRunNamesTheKindsItDidNotReachAsTheOptionThatMeasuresThem() {
        List<Kind> asked = List.of(Kind.HOUSE, Kind.SUN, Kind.LETTER_D, Kind.SMALL_E);
        List<LeaveOneKindOut.Row> rows = List.of(new LeaveOneKindOut.Row(Kind.HOUSE, 0.025, 0.975, 0.0019),
                new LeaveOneKindOut.Row(Kind.SUN, 0.975, 1, 0.0019));

        assertEquals("Stopped after 2 of 4 kinds; to measure the rest: --kinds letter_d,small_e",
                KindsLeftOut.stopped(asked, rows));
    }
}

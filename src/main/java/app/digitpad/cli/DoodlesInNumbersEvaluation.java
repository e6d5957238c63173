package app.digitpad.cli;

import app.digitpad.checkpoint.Checkpoint;
import app.digitpad.data.MnistSet;
import app.digitpad.segment.DoodlesInNumbers;
import app.digitpad.segment.NumberBenchmark;
import app.digitpad.segment.NumberReader;
import app.digitpad.verdict.PeoplesDoodles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code evaluate --numbers N --doodles DIR}: N of people's doodles (the held-out half: kinds no gate learns
 * from) per gap kind, each written between two of the set's digits and read as {@code predict --number} reads a
 * file: how many are answered with a {@code ?}, how many taken for digits. Writes no files. Called on the
 * command's thread.
 */
final class DoodlesInNumbersEvaluation {

    private DoodlesInNumbersEvaluation() {
    }

    static int run(Services services, Checkpoint.Loaded loaded, MnistSet digits, DoodlesOption doodlesOption,
                   int perGap, Long seed, boolean json) throws Exception {
        Optional<List<PeoplesDoodles.Category>> categories = doodlesOption.categories(services);
        if (categories.isEmpty()) {
            return 1;
        }
        List<PeoplesDoodles.Category> heldOut = PeoplesDoodles.heldOutHalf(categories.get());
        if (PeoplesDoodles.drawings(heldOut).isEmpty()) {
            int found = categories.get().size();
            services.err().println("error: --doodles: " + doodlesOption.doodles + " holds no drawings of the held-out "
                    + "half to write into numbers (every second category by name; " + found + " categor"
                    + (found == 1 ? "y" : "ies") + " found) (" + DoodlesOption.HOW + ")");
            return 1;
        }
        NumberReader reader = NumbersEvaluation.reader(services, loaded);
        long made = seed == null ? NumberBenchmark.SEED : seed;
        List<DoodlesInNumbers.Result> results = DoodlesInNumbers.run(reader, digits,
                PeoplesDoodles.drawings(heldOut), made, perGap);
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", loaded.checkpoint().file().toString());
            o.put("digits", digits.name());
            o.put("seed", made);
            o.put("doodleCategories", heldOut.size());
            o.put("results", results);
            services.out().println(new ObjectMapper().writeValueAsString(o));
            return 0;
        }
        services.out().printf(Locale.ROOT, "Model %s, doodles people drew (Quick, Draw!, %d categories no gate learns "
                + "from) each written between two digits of %s, seed %d: answered with a ? (not a digit)%n",
                loaded.checkpoint().file(), heldOut.size(), digits.name(), made);
        for (DoodlesInNumbers.Result r : results) {
            services.out().printf(Locale.ROOT, "%-8s %.4f (%d of %d); taken for digits %d, %d of them in doubt%n",
                    r.gap(), r.answeredShare(), r.answered(), r.numbers(), r.takenForDigits(), r.takenInDoubt());
        }
        return 0;
    }
}
